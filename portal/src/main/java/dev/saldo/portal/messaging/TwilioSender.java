package dev.saldo.portal.messaging;

import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import dev.saldo.domain.contact.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SMS or WhatsApp through Twilio's Messages resource. WhatsApp is the same call with both numbers prefixed
 * by {@code whatsapp:}. Twilio accepting a message means it is queued; with a status callback address set,
 * Twilio later reports there whether it was delivered ({@link TwilioStatusController}).
 */
final class TwilioSender implements MessageSender {

    private static final Logger log = LoggerFactory.getLogger(TwilioSender.class);
    /** A Messaging Service's SID: Twilio then picks the sender number from the service's pool. */
    private static final String MESSAGING_SERVICE = "MG";

    private final Channel channel;
    private final String from;
    private final TwilioRestClient client;
    private final String statusCallback;

    TwilioSender(Channel channel, String from, TwilioRestClient client) {
        this(channel, from, client, null);
    }

    /** {@code statusCallback}: the portal's public address of the status webhook; blank or null: no reports. */
    TwilioSender(Channel channel, String from, TwilioRestClient client, String statusCallback) {
        if (channel == Channel.EMAIL) {
            throw new IllegalArgumentException("Twilio sends SMS and WhatsApp, not e-mail");
        }
        this.channel = channel;
        this.from = from.strip();
        this.client = client;
        this.statusCallback = statusCallback == null || statusCallback.isBlank() ? null : statusCallback.strip();
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public String send(OutboundMessage message) throws DeliveryException {
        if (message.channel() != channel) {
            throw new DeliveryException(message.reference() + " is for " + message.channel() + ", not " + channel,
                    false);
        }
        try {
            var creator = from.startsWith(MESSAGING_SERVICE)
                    ? Message.creator(address(message.to()), from, message.body())
                    : Message.creator(address(message.to()), address(from), message.body());
            if (statusCallback != null) {
                creator.setStatusCallback(statusCallback);
            }
            var created = creator.create(client);
            log.info("{} {} accepted by Twilio as {} ({})", channel, message.reference(), created.getSid(),
                    created.getStatus());
            return created.getSid();
        } catch (TwilioException e) {
            var failure = TwilioFailures.map(e, message.reference());
            log.warn("{} {} not sent ({}): {}", channel, message.reference(),
                    failure.retryable() ? "will retry" : "permanent", failure.getMessage());
            throw failure;
        }
    }

    private PhoneNumber address(String number) {
        var plain = number.strip();
        return new PhoneNumber(channel == Channel.WHATSAPP && !plain.startsWith("whatsapp:") ? "whatsapp:" + plain : plain);
    }
}
