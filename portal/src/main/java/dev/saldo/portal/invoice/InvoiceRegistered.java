package dev.saldo.portal.invoice;

import dev.saldo.domain.invoice.Invoice;

/** A new invoice entered the book (not published again when an import repeats it). */
public record InvoiceRegistered(Invoice invoice) {
}
