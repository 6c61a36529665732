package dev.saldo.portal.messaging;

import dev.saldo.domain.contact.Channel;

/** One channel's way out. Beans of this type are only created when their channel is configured. */
public interface MessageSender {

    Channel channel();

    /** Hands the message to the server or provider; returns once it has accepted it. */
    void send(OutboundMessage message) throws DeliveryException;
}
