package dev.saldo.portal.messaging;

import static java.util.Objects.requireNonNull;

import dev.saldo.domain.contact.Channel;

/**
 * One message, rendered, for one address on one channel.
 *
 * @param reference the sender's own key for the message (an outbox entry's id), passed to providers that
 *                  accept an idempotency key and written to logs
 * @param channel   how it goes
 * @param to        an e-mail address for {@link Channel#EMAIL}; an E.164 number for SMS and WhatsApp
 * @param subject   the e-mail subject; ignored by the phone channels
 * @param body      plain text
 */
public record OutboundMessage(String reference, Channel channel, String to, String subject, String body) {

    public OutboundMessage {
        requireNonNull(reference, "reference");
        requireNonNull(channel, "channel");
        requireNonNull(to, "to");
        requireNonNull(body, "body");
    }
}
