package dev.saldo.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import dev.saldo.domain.contact.Channel;
import org.junit.jupiter.api.Test;

class MessagingTest {

    @Test
    void a_message_goes_to_its_channels_sender() throws DeliveryException {
        var sms = new Recording(Channel.SMS);
        var messaging = new Messaging(List.of(new Recording(Channel.EMAIL), sms));

        messaging.send(new OutboundMessage("r-1", Channel.SMS, "+56912345678", null, "Hola"));

        assertThat(sms.sent).extracting(OutboundMessage::reference).containsExactly("r-1");
        assertThat(messaging.configured()).containsExactlyInAnyOrder(Channel.EMAIL, Channel.SMS);
        assertThat(messaging.canSend(Channel.WHATSAPP)).isFalse();
    }

    @Test
    void a_channel_that_is_off_fails_for_good() {
        var messaging = new Messaging(List.of());
        assertThatThrownBy(() -> messaging.send(new OutboundMessage("r", Channel.WHATSAPP, "+1", null, "x")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isFalse());
    }

    @Test
    void two_senders_for_one_channel_are_a_configuration_error() {
        assertThatThrownBy(() -> new Messaging(List.of(new Recording(Channel.SMS), new Recording(Channel.SMS))))
                .isInstanceOf(IllegalStateException.class);
    }

    private static final class Recording implements MessageSender {
        private final Channel channel;
        private final List<OutboundMessage> sent = new ArrayList<>();

        Recording(Channel channel) {
            this.channel = channel;
        }

        @Override
        public Channel channel() {
            return channel;
        }

        @Override
        public String send(OutboundMessage message) {
            sent.add(message);
            return null;
        }
    }
}
