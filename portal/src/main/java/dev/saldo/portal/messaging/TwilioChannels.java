package dev.saldo.portal.messaging;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import dev.saldo.domain.contact.Channel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** SMS and WhatsApp senders, each created only when the Twilio account and that channel's number are set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(MessagingSettings.Twilio.ACCOUNT)
class TwilioChannels {

    private static final String TWILIO = "https://api.twilio.com";

    @Bean
    TwilioRestClient twilioRestClient(MessagingSettings settings) {
        var twilio = settings.twilio();
        var base = twilio.apiBase();
        var http = base == null || TWILIO.equals(base.toString().replaceAll("/+$", ""))
                ? new NetworkHttpClient()
                : new TwilioApiBase(base);
        return new TwilioRestClient.Builder(twilio.accountSid().strip(), twilio.authToken().strip())
                .httpClient(http)
                .build();
    }

    @Bean
    @ConditionalOnExpression(MessagingSettings.Twilio.SMS)
    MessageSender twilioSms(MessagingSettings settings, TwilioRestClient client) {
        return new TwilioSender(Channel.SMS, settings.twilio().smsFrom(), client, settings.twilio().statusCallbackUrl());
    }

    @Bean
    @ConditionalOnExpression(MessagingSettings.Twilio.WHATSAPP)
    MessageSender twilioWhatsApp(MessagingSettings settings, TwilioRestClient client) {
        return new TwilioSender(Channel.WHATSAPP, settings.twilio().whatsappFrom(), client,
                settings.twilio().statusCallbackUrl());
    }
}
