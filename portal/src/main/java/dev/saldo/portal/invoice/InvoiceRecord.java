package dev.saldo.portal.invoice;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.Allocation;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.invoice.InvoiceLine;
import dev.saldo.domain.invoice.LineType;
import dev.saldo.domain.money.Money;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An invoice as stored: one document holding its lines and allocations, so every change to it is a
 * single atomic write. {@code openMinor} and {@code settled} are a projection of the domain's derived
 * balance, rewritten on every save, that lets MongoDB filter and sort without loading invoices.
 * {@code planId} names the active installment plan the invoice is in (null when none); it is only ever
 * changed by a conditional single-document update, see {@link InvoiceBook#markInPlan}. {@code feesHeldThrough}
 * is the last day late fees were held (in a plan, in dispute): interest is never charged for those days.
 */
@Document("invoices")
@CompoundIndex(name = "debtor_due", def = "{'debtorId': 1, 'settled': 1, 'dueDate': 1}")
@CompoundIndex(name = "open_due", def = "{'settled': 1, 'dueDate': 1, 'currency': 1}")
@CompoundIndex(name = "debtor_number", def = "{'debtorId': 1, 'number': 1}", unique = true)
@CompoundIndex(name = "number", def = "{'number': 1}")
@CompoundIndex(name = "plan", def = "{'planId': 1}", sparse = true)
record InvoiceRecord(
        @Id String id,
        String debtorId,
        String number,
        LocalDate issueDate,
        LocalDate dueDate,
        String currency,
        List<Line> lines,
        List<Payment> allocations,
        long openMinor,
        boolean settled,
        String planId,
        LocalDate feesHeldThrough,
        @Version Long version) {

    record Line(LineType type, String description, long amountMinor, LocalDate date) {
    }

    record Payment(String reference, long amountMinor, LocalDate date) {
    }

    /**
     * This stored invoice after a change made through the domain: same version (for the optimistic
     * lock) and still in the plan it was in, since the domain invoice does not know about plans.
     */
    InvoiceRecord changedTo(Invoice invoice) {
        var changed = from(invoice, version);
        return new InvoiceRecord(changed.id(), changed.debtorId(), changed.number(), changed.issueDate(),
                changed.dueDate(), changed.currency(), changed.lines(), changed.allocations(), changed.openMinor(),
                changed.settled(), planId, feesHeldThrough, version);
    }

    static InvoiceRecord from(Invoice invoice, Long version) {
        var lines = invoice.lines().stream()
                .map(line -> new Line(line.type(), line.description(), line.amount().minorUnits(), line.date()))
                .toList();
        var allocations = invoice.allocations().stream()
                .map(a -> new Payment(a.paymentReference(), a.amount().minorUnits(), a.date()))
                .toList();
        var open = invoice.openBalance();
        return new InvoiceRecord(invoice.id().value(), invoice.debtorId().value(), invoice.number(),
                invoice.issueDate(), invoice.dueDate(), invoice.currency().getCurrencyCode(), lines, allocations,
                open.minorUnits(), open.isZero(), null, null, version);
    }

    Invoice toDomain() {
        var money = Currency.getInstance(currency);
        return Invoice.of(InvoiceId.of(id), DebtorId.of(debtorId), number, issueDate, dueDate,
                lines.stream()
                        .map(l -> new InvoiceLine(l.type(), l.description(), Money.ofMinor(l.amountMinor(), money), l.date()))
                        .toList(),
                allocations.stream()
                        .map(p -> new Allocation(p.reference(), Money.ofMinor(p.amountMinor(), money), p.date()))
                        .toList());
    }
}
