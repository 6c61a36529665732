package dev.saldo.portal.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param requestsPerClient API requests a signed-in client may make per {@code period} (burst included)
 * @param requestsPerAddress API requests one network address may make per {@code period}, signed in or not;
 *                           this is what slows down password guessing over HTTP Basic
 * @param period             the window both limits refill over
 */
@ConfigurationProperties("saldo.api.rate-limit")
public record ApiSettings(@DefaultValue("120") int requestsPerClient, @DefaultValue("300") int requestsPerAddress,
        @DefaultValue("1m") Duration period) {
}
