package dev.saldo.portal.payment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code saldo.payment.link.*}: the signed links reminders carry to the payment screen.
 *
 * @param secret   {@code SALDO_LINK_SECRET} (secret): the HMAC key, at least 32 characters; when blank, a random
 *                 key is made once and kept in the database, so links survive restarts and are shared by instances
 * @param validity how long a link opens the payment screen
 */
@ConfigurationProperties("saldo.payment.link")
public record PaymentLinkSettings(String secret, @DefaultValue("14d") Duration validity) {
}
