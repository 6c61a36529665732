package dev.saldo.portal.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The API's cache of verified HTTP Basic credentials (built-in accounts only), which spares a bcrypt check
 * on every request of a client that sends the same credentials again.
 *
 * @param ttl        how long a verified username and password are taken without a new password check; {@code 0s} turns the cache off
 * @param maxEntries how many users' verified credentials are kept at most (the least recently used go first)
 */
@ConfigurationProperties("saldo.security.credential-cache")
public record CredentialCacheSettings(@DefaultValue("5m") Duration ttl, @DefaultValue("10000") int maxEntries) {

    boolean enabled() {
        return ttl.isPositive() && maxEntries > 0;
    }
}
