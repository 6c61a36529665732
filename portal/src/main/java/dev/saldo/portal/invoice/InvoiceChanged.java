package dev.saldo.portal.invoice;

import dev.saldo.domain.invoice.Invoice;

/**
 * An invoice in the book changed (a payment allocated, a line added): {@code before} and {@code after}
 * are the invoice on either side of the one versioned write. Whoever writes an invoice publishes it.
 */
public record InvoiceChanged(Invoice before, Invoice after) {
}
