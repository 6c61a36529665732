package dev.saldo.domain.api;

import java.math.BigDecimal;

/** The part of a payment for one invoice, in the payment's currency. */
public record AllocationLine(String invoiceId, String invoiceNumber, BigDecimal amount) {
}
