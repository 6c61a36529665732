package dev.saldo.portal.activation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param attemptsPerInvoice  link requests naming one invoice number per {@code attemptWindow}, right or wrong
 * @param attemptsPerAddress  link requests from one network address per {@code attemptWindow}
 * @param attemptWindow       the window both limits refill over
 * @param linkValidity        how long an activation link works (once)
 * @param baseUrl             the portal's public address for links in e-mails; empty = the address the request came to
 * @param mailFrom            the e-mails' sender
 * @param outboxIntervalMillis how often pending e-mails are sent (and failed ones retried)
 * @param maxMailAttempts     how often sending one e-mail is tried before it is given up (and logged)
 */
@ConfigurationProperties("saldo.activation")
public record ActivationSettings(
        @DefaultValue("5") int attemptsPerInvoice,
        @DefaultValue("20") int attemptsPerAddress,
        @DefaultValue("1h") Duration attemptWindow,
        @DefaultValue("30m") Duration linkValidity,
        String baseUrl,
        @DefaultValue("Saldo <no-reply@saldo.example>") String mailFrom,
        @DefaultValue("2000") long outboxIntervalMillis,
        @DefaultValue("10") int maxMailAttempts) {
}
