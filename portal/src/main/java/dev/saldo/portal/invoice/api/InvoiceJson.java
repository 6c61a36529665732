package dev.saldo.portal.invoice.api;

import java.time.LocalDate;

import dev.saldo.domain.api.Amount;
import dev.saldo.domain.api.InvoiceDetails;
import dev.saldo.domain.api.InvoiceItem;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.portal.invoice.InvoiceRow;

/** From the invoice capability's types to the API's shared JSON records. */
final class InvoiceJson {

    private InvoiceJson() {
    }

    static InvoiceItem item(InvoiceRow row) {
        return new InvoiceItem(row.id(), row.number(), row.issueDate(), row.dueDate(), Amount.of(row.total()),
                Amount.of(row.openBalance()), row.status().name(), row.daysOverdue(), row.agingBucket().name(),
                row.partiallyPaid());
    }

    static InvoiceDetails details(Invoice invoice, LocalDate today) {
        var total = invoice.original().plus(invoice.fees()).minus(invoice.discounts());
        var item = new InvoiceItem(invoice.id().value(), invoice.number(), invoice.issueDate(), invoice.dueDate(),
                Amount.of(total), Amount.of(invoice.openBalance()), invoice.status(today).name(),
                invoice.daysOverdue(today), invoice.agingBucket(today).name(), invoice.isPartiallyPaid());
        return new InvoiceDetails(item, Amount.of(invoice.original()), Amount.of(invoice.fees()),
                Amount.of(invoice.discounts()), Amount.of(invoice.allocated()),
                invoice.lines().stream()
                        .map(l -> new InvoiceDetails.Line(l.type().name(), l.description(), Amount.of(l.amount()), l.date()))
                        .toList(),
                invoice.allocations().stream()
                        .map(a -> new InvoiceDetails.Payment(a.paymentReference(), Amount.of(a.amount()), a.date()))
                        .toList());
    }
}
