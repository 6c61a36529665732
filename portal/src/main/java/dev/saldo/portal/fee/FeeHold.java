package dev.saldo.portal.fee;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceId;

/**
 * A reason not to charge late fees on an invoice today, offered by another capability as a bean: an
 * open dispute, for instance. Invoices in an installment plan are always held; nothing else is unless
 * some {@code FeeHold} says so.
 */
public interface FeeHold {

    boolean holds(Invoice invoice);

    /** The ones of {@code invoices} this holds; the fee job asks a page at a time, so one query can answer. */
    default Set<InvoiceId> held(List<Invoice> invoices) {
        return invoices.stream().filter(this::holds).map(Invoice::id).collect(Collectors.toSet());
    }
}
