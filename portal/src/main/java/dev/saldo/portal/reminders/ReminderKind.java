package dev.saldo.portal.reminders;

/** Why a reminder is sent: an invoice's dunning step, a plan's installment, or a promise to pay. */
public enum ReminderKind {
    DUNNING, INSTALLMENT, PROMISE;

    public String messageKey() {
        return "reminder.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
