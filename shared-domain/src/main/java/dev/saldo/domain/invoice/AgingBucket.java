package dev.saldo.domain.invoice;

/** The usual collection buckets for how late an invoice is. */
public enum AgingBucket {
    CURRENT("aging.current"),
    DAYS_1_30("aging.1-30"),
    DAYS_31_60("aging.31-60"),
    DAYS_61_90("aging.61-90"),
    OVER_90("aging.90-plus");

    private final String messageKey;

    AgingBucket(String messageKey) {
        this.messageKey = messageKey;
    }

    public static AgingBucket forDaysOverdue(long days) {
        if (days <= 0) {
            return CURRENT;
        }
        if (days <= 30) {
            return DAYS_1_30;
        }
        if (days <= 60) {
            return DAYS_31_60;
        }
        if (days <= 90) {
            return DAYS_61_90;
        }
        return OVER_90;
    }

    /** The bundle key for the label, so the UI never hard-codes the text. */
    public String messageKey() {
        return messageKey;
    }
}
