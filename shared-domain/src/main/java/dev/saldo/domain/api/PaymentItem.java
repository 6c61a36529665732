package dev.saldo.domain.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One payment in the debtor's history. {@code credit} is what was paid beyond what the invoices still
 * owed when it was confirmed; {@code failureReason} is a sentence in the requested language.
 */
public record PaymentItem(String id, String status, String currency, BigDecimal amount, BigDecimal credit,
        Instant createdAt, Instant settledAt, String failureReason, List<AllocationLine> allocations,
        boolean receiptAvailable) {
}
