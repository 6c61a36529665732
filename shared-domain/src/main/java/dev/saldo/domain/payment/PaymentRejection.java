package dev.saldo.domain.payment;

/** Why a payment cannot be made as asked, in words the debtor can act on (message keys). */
public enum PaymentRejection {
    NOTHING_OWED("payment.error.nothing-owed"),
    AMOUNT_NOT_POSITIVE("payment.error.not-positive"),
    BELOW_MINIMUM("payment.error.below-minimum"),
    ABOVE_BALANCE("payment.error.above-balance"),
    UNKNOWN_INVOICE("payment.error.unknown-invoice"),
    INVOICE_ALREADY_PAID("payment.error.invoice-paid"),
    CURRENCY_MISMATCH("payment.error.currency");

    private final String messageKey;

    PaymentRejection(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
