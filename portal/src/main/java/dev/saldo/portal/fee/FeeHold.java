package dev.saldo.portal.fee;

import dev.saldo.domain.invoice.Invoice;

/**
 * A reason not to charge late fees on an invoice today, offered by another capability as a bean: an
 * open dispute, for instance. Invoices in an installment plan are always held; nothing else is unless
 * some {@code FeeHold} says so.
 */
public interface FeeHold {

    boolean holds(Invoice invoice);
}
