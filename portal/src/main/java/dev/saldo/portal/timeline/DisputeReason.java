package dev.saldo.portal.timeline;

/** Why a debtor disputes an invoice. */
public enum DisputeReason {
    ALREADY_PAID, WRONG_AMOUNT, NOT_MINE, OTHER;

    public String messageKey() {
        return "dispute.reason." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
