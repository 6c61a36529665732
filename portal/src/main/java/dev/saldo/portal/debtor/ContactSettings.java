package dev.saldo.portal.debtor;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param baseUrl              the portal's public address for confirmation links; empty = the address the request came to
 * @param confirmationValidity how long the link confirming a new e-mail address works
 * @param mailFrom             the confirmation e-mails' sender
 * @param outboxIntervalMillis how often pending confirmation e-mails are sent (and failed ones retried)
 * @param maxMailAttempts      how often sending one confirmation e-mail is tried before it is given up
 */
@ConfigurationProperties("saldo.contact")
public record ContactSettings(
        String baseUrl,
        @DefaultValue("24h") Duration confirmationValidity,
        @DefaultValue("Saldo <no-reply@saldo.example>") String mailFrom,
        @DefaultValue("5000") long outboxIntervalMillis,
        @DefaultValue("10") int maxMailAttempts) {
}
