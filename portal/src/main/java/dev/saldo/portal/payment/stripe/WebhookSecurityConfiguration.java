package dev.saldo.portal.payment.stripe;

import dev.saldo.portal.api.SignedWebhooks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Stripe webhook is server-to-server: no session, no CSRF token (Stripe could not send one). Its
 * signature check is the authentication. Only this one path is exempted.
 */
@Configuration(proxyBeanMethods = false)
class WebhookSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain stripeWebhookChain(HttpSecurity http) throws Exception {
        return SignedWebhooks.chain(http, StripeWebhookController.PATH);
    }
}
