package dev.saldo.portal.payment;

import java.util.Locale;

/** Why a payment did not go through, in plain words for the debtor (each has a message key). */
public enum FailureReason {
    CARD_DECLINED, INSUFFICIENT_FUNDS, EXPIRED_CARD, INCORRECT_DETAILS, BANK_REJECTED, CHECKOUT_EXPIRED,
    PROCESSING_ERROR, AUTHENTICATION_REQUIRED;

    public String messageKey() {
        return "payment.failure." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Maps a gateway's decline code (Stripe's, e.g. {@code insufficient_funds}) to a reason a person understands. */
    public static FailureReason fromDeclineCode(String code) {
        if (code == null) {
            return CARD_DECLINED;
        }
        return switch (code) {
            case "insufficient_funds" -> INSUFFICIENT_FUNDS;
            case "expired_card" -> EXPIRED_CARD;
            case "incorrect_cvc", "incorrect_number", "invalid_cvc", "invalid_expiry_month", "invalid_expiry_year",
                    "incorrect_zip" -> INCORRECT_DETAILS;
            case "processing_error" -> PROCESSING_ERROR;
            case "authentication_required" -> AUTHENTICATION_REQUIRED;
            default -> CARD_DECLINED;
        };
    }
}
