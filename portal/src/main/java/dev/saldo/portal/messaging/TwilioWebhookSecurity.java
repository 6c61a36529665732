package dev.saldo.portal.messaging;

import dev.saldo.portal.api.SignedWebhooks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Twilio's status reports are server-to-server: no session, no CSRF token, no API credentials (Twilio sends
 * none). The signature check in {@link TwilioStatusController} is the authentication. Only this path is exempted.
 */
@Configuration(proxyBeanMethods = false)
class TwilioWebhookSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain twilioStatusChain(HttpSecurity http) throws Exception {
        return SignedWebhooks.chain(http, TwilioStatusController.PATH);
    }
}
