package dev.saldo.portal.messaging;

/**
 * Whoever sent the messages hears what became of them: the capability that keeps the sent messages
 * (the reminder outbox) provides this as a bean. Messaging does not know who that is.
 */
public interface DeliveryReports {

    /**
     * Takes a report in; false when no message with its reference was ever sent (the caller then answers that
     * the reference is unknown). Reports come repeated and out of order: a known one that changes nothing is true.
     */
    boolean report(DeliveryReport report);
}
