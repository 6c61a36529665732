package dev.saldo.portal.messaging;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.saldo.domain.contact.Channel;
import org.springframework.stereotype.Service;

/** The configured channels, one sender each. A channel with no sender is off: nothing is sent on it. */
@Service
public class Messaging {

    private final Map<Channel, MessageSender> senders = new EnumMap<>(Channel.class);

    Messaging(List<MessageSender> senders) {
        for (var sender : senders) {
            if (this.senders.putIfAbsent(sender.channel(), sender) != null) {
                throw new IllegalStateException("Two senders for " + sender.channel());
            }
        }
    }

    /** The channels something can be sent on. */
    public Set<Channel> configured() {
        return senders.isEmpty() ? Set.of() : Set.copyOf(senders.keySet());
    }

    public boolean canSend(Channel channel) {
        return senders.containsKey(channel);
    }

    /**
     * Sends on the message's channel; a channel that is off is a failure that retrying will not mend. Returns the
     * provider's reference for the message (see {@link DeliveryReport}), or null.
     */
    public String send(OutboundMessage message) throws DeliveryException {
        var sender = senders.get(message.channel());
        if (sender == null) {
            throw new DeliveryException(message.channel() + " is not configured", false);
        }
        return sender.send(message);
    }
}
