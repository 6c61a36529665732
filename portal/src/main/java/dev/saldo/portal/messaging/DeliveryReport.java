package dev.saldo.portal.messaging;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Locale;

/**
 * What a provider reported, after accepting a message, about its delivery.
 *
 * @param providerRef the provider's reference, as {@link MessageSender#send} returned it
 * @param outcome     where the message stands
 * @param detail      the provider's status and error code, for people reading the log and the timeline
 * @param at          when the report arrived
 */
public record DeliveryReport(String providerRef, Outcome outcome, String detail, Instant at) {

    public DeliveryReport {
        requireNonNull(providerRef, "providerRef");
        requireNonNull(outcome, "outcome");
        requireNonNull(at, "at");
    }

    /** Where a message stands once a provider has it. */
    public enum Outcome {
        /** Still on its way (queued, sending, sent to the carrier): nothing to do. */
        IN_TRANSIT,
        /** The handset or WhatsApp has it (or the debtor read it). */
        DELIVERED,
        /** It will not arrive: the carrier or WhatsApp gave up, or the provider could not send it. */
        UNDELIVERED;

        /** Twilio's {@code MessageStatus} values; unknown ones are taken as still in transit. */
        static Outcome ofTwilio(String status) {
            return switch (status.strip().toLowerCase(Locale.ROOT)) {
                case "delivered", "read" -> DELIVERED;
                case "undelivered", "failed" -> UNDELIVERED;
                default -> IN_TRANSIT;
            };
        }
    }
}
