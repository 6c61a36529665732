package dev.saldo.portal.invoice;

import dev.saldo.domain.invoice.Allocation;
import dev.saldo.domain.invoice.Invoice;

/** Part of a payment was applied to an invoice; {@code after} is the invoice with it, {@code before} without. */
public record PaymentAllocated(Invoice before, Invoice after, Allocation allocation) {
}
