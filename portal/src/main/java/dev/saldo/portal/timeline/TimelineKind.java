package dev.saldo.portal.timeline;

/** What kind of interaction a timeline entry records; staff notes are never shown to the debtor. */
public enum TimelineKind {
    REMINDER_SENT, REMINDER_FAILED, LINK_OPENED, PAYMENT, PLAN, PROMISE, CONTACT_CHANGE, STAFF_NOTE, DEBTOR_MESSAGE,
    DISPUTE_OPENED, DISPUTE_RESOLVED;

    public String messageKey() {
        return "timeline.kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
