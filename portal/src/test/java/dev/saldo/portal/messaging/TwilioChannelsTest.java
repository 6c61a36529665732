package dev.saldo.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saldo.domain.contact.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class TwilioChannelsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Channels.class);

    @Test
    void without_a_twilio_account_neither_phone_channel_is_on() {
        context.withPropertyValues("saldo.messaging.twilio.sms-from=+56900000000")
                .run(run -> assertThat(run.getBean(Messaging.class).configured()).isEmpty());
    }

    @Test
    void each_phone_channel_is_on_only_when_its_number_is_set() {
        var account = new String[] { "saldo.messaging.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
                "saldo.messaging.twilio.auth-token=token" };
        context.withPropertyValues(account).withPropertyValues("saldo.messaging.twilio.sms-from=+56900000000")
                .run(run -> assertThat(run.getBean(Messaging.class).configured()).containsExactly(Channel.SMS));
        context.withPropertyValues(account).withPropertyValues("saldo.messaging.twilio.whatsapp-from=+14155238886")
                .run(run -> assertThat(run.getBean(Messaging.class).configured()).containsExactly(Channel.WHATSAPP));
        context.withPropertyValues(account)
                .withPropertyValues("saldo.messaging.twilio.sms-from=+56900000000",
                        "saldo.messaging.twilio.whatsapp-from=+14155238886")
                .run(run -> assertThat(run.getBean(Messaging.class).configured())
                        .containsExactlyInAnyOrder(Channel.SMS, Channel.WHATSAPP));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MessagingSettings.class)
    @Import({ TwilioChannels.class, Messaging.class })
    static class Channels {
    }
}
