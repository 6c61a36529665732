package dev.saldo.domain.payment;

/** Where one payment attempt stands. Only SUCCEEDED moves money onto invoices. */
public enum PaymentStatus {
    /** Recorded, the checkout not opened yet. */
    CREATED,
    /** The debtor is on the checkout page. */
    PENDING,
    /** Paid with a delayed method (bank debit, transfer): waiting for the bank to confirm. */
    PROCESSING,
    SUCCEEDED,
    FAILED,
    /** The checkout was abandoned and closed. */
    EXPIRED,
    REFUNDED,
    /** Reported by the debtor as paid elsewhere; staff still have to confirm it. */
    REPORTED,
    /** A reported payment staff could not find. */
    REJECTED;

    public boolean isFinal() {
        return this == SUCCEEDED || this == REFUNDED || this == REJECTED;
    }

    public String messageKey() {
        return "payment.status." + name().toLowerCase();
    }
}
