package dev.saldo.portal.invoice;

import java.time.LocalDate;

import dev.saldo.domain.invoice.AgingBucket;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceStatus;
import dev.saldo.domain.money.Money;

/** One line of a debtor's invoice list, with everything that depends on today already worked out. */
public record InvoiceRow(
        String id,
        String number,
        LocalDate issueDate,
        LocalDate dueDate,
        Money total,
        Money openBalance,
        InvoiceStatus status,
        long daysOverdue,
        AgingBucket agingBucket,
        boolean partiallyPaid,
        boolean inPlan) {

    static InvoiceRow of(InvoiceRecord record, LocalDate today) {
        return of(record.toDomain(), today, record.planId() != null);
    }

    static InvoiceRow of(Invoice invoice, LocalDate today) {
        return of(invoice, today, false);
    }

    static InvoiceRow of(Invoice invoice, LocalDate today, boolean inPlan) {
        var total = invoice.original().plus(invoice.fees()).minus(invoice.discounts());
        return new InvoiceRow(invoice.id().value(), invoice.number(), invoice.issueDate(), invoice.dueDate(), total,
                invoice.openBalance(), invoice.status(today), invoice.daysOverdue(today), invoice.agingBucket(today),
                invoice.isPartiallyPaid(), inPlan);
    }
}
