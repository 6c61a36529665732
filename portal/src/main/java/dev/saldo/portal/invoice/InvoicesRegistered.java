package dev.saldo.portal.invoice;

import java.util.List;

import dev.saldo.domain.invoice.Invoice;

/** A batch of new invoices entered the book at once (an import); those it already had are not in it. */
public record InvoicesRegistered(List<Invoice> invoices) {
}
