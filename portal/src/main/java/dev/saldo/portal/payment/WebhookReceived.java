package dev.saldo.portal.payment;

import java.time.Instant;

/** A provider's webhook passed its signature check; {@code created} is when the provider raised the event. */
public record WebhookReceived(String provider, Instant created, Instant received) {
}
