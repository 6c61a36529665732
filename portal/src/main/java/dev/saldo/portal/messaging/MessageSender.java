package dev.saldo.portal.messaging;

import dev.saldo.domain.contact.Channel;

/** One channel's way out. Beans of this type are only created when their channel is configured. */
public interface MessageSender {

    Channel channel();

    /**
     * Hands the message to the server or provider; returns once it has accepted it, with the provider's own
     * reference for it (Twilio's message SID, which its delivery reports name), or null when there is none.
     */
    String send(OutboundMessage message) throws DeliveryException;
}
