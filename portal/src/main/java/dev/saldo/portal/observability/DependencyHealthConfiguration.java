package dev.saldo.portal.observability;

import java.net.URI;
import java.time.Clock;

import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Keycloak and Stripe reachability, each only when that service is configured; the readiness group
 * includes them ({@code keycloak}, {@code stripe}) next to {@code mongo}.
 */
@Configuration(proxyBeanMethods = false)
class DependencyHealthConfiguration {

    static final String ISSUER_URI = "saldo.identity.issuer-uri";
    static final String[] STRIPE_KEYS = {"STRIPE_SECRET_KEY", "saldo.payment.stripe.secret-key"};

    /** Keycloak answers its OpenID discovery document for the realm. */
    @Bean
    @Conditional(KeycloakConfigured.class)
    HealthIndicator keycloakHealthIndicator(Environment environment, ObservabilitySettings settings, Clock clock) {
        var issuer = environment.getRequiredProperty(ISSUER_URI).replaceAll("/+$", "");
        return new Reachability(URI.create(issuer + "/.well-known/openid-configuration"), status -> status == 200,
                settings, clock);
    }

    /** Stripe's API answers at all (401 without a key is an answer): the network path to it works. */
    @Bean
    @Conditional(StripeConfigured.class)
    HealthIndicator stripeHealthIndicator(ObservabilitySettings settings, Clock clock) {
        return new Reachability(settings.stripeApiUrl(), status -> status < 500, settings, clock);
    }

    static boolean anySet(Environment environment, String... names) {
        for (var name : names) {
            if (StringUtils.hasText(environment.getProperty(name))) {
                return true;
            }
        }
        return false;
    }

    static class KeycloakConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return anySet(context.getEnvironment(), ISSUER_URI);
        }
    }

    static class StripeConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return anySet(context.getEnvironment(), STRIPE_KEYS);
        }
    }
}
