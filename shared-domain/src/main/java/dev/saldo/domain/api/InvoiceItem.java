package dev.saldo.domain.api;

import java.time.LocalDate;

/**
 * One invoice in a list. {@code status} is an {@code InvoiceStatus} name, {@code agingBucket} an
 * {@code AgingBucket} name; both computed for the day the list was read.
 */
public record InvoiceItem(String id, String number, LocalDate issueDate, LocalDate dueDate, Amount total,
        Amount openBalance, String status, long daysOverdue, String agingBucket, boolean partiallyPaid) {
}
