package dev.saldo.domain.reminder;

/** How a reminder speaks: friendly at first, firm as delinquency grows, a final notice last. */
public enum Tone {
    FRIENDLY, FIRM, FINAL;

    public String messageKey() {
        return "reminder.tone." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
