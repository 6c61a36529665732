package dev.saldo.portal.observability;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param stripeApiUrl   what the Stripe reachability check calls (no key is sent); only used when Stripe is configured
 * @param healthTimeout  how long a reachability check waits for Keycloak or Stripe
 * @param healthCacheFor how long a reachability result is reused, so probes do not hammer the providers
 */
@ConfigurationProperties("saldo.observability")
public record ObservabilitySettings(
        @DefaultValue("https://api.stripe.com") URI stripeApiUrl,
        @DefaultValue("PT2S") Duration healthTimeout,
        @DefaultValue("PT15S") Duration healthCacheFor) {
}
