package dev.saldo.portal.payment;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.Map;

import dev.saldo.domain.money.Money;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param minimum          smallest partial payment per currency code; a balance below it can still be paid in full
 * @param publicUrl        the portal's address as the debtor's browser sees it, for the gateway's return links
 * @param reconcileAfter   how long an attempt may stay pending before the reconciliation job asks the gateway
 * @param reconcileEvery   how often the reconciliation job runs
 * @param sandboxDelay     how long a sandbox "delayed success" waits before the bank "confirms" it
 * @param stripe           the Stripe account; without a secret key the sandbox gateway is used
 */
@ConfigurationProperties("saldo.payment")
public record PaymentSettings(
        @DefaultValue Map<String, BigDecimal> minimum,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("15m") Duration reconcileAfter,
        @DefaultValue("5m") Duration reconcileEvery,
        @DefaultValue("20s") Duration sandboxDelay,
        @DefaultValue Stripe stripe) {

    private static final Map<String, BigDecimal> DEFAULT_MINIMUM = Map.of(
            "CLP", new BigDecimal("1000"), "MXN", new BigDecimal("20"), "COP", new BigDecimal("5000"),
            "EUR", BigDecimal.ONE, "USD", BigDecimal.ONE);

    /**
     * @param secretKey     {@code STRIPE_SECRET_KEY} (secret)
     * @param webhookSecret {@code STRIPE_WEBHOOK_SECRET} (secret): the endpoint's signing secret
     * @param apiBase       {@code STRIPE_API_BASE}: Stripe's API address; tests point it at a local stub
     * @param tolerance     how old a signed webhook may be before it is refused as a replay
     */
    public record Stripe(String secretKey, String webhookSecret,
            @DefaultValue("https://api.stripe.com") String apiBase,
            @DefaultValue("5m") Duration tolerance) {

        public boolean enabled() {
            return secretKey != null && !secretKey.isBlank();
        }
    }

    public Money minimumFor(Currency currency) {
        var code = currency.getCurrencyCode();
        // Keys from environment variables arrive lower-cased.
        var amount = minimum.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(code))
                .map(Map.Entry::getValue).findFirst()
                .orElse(DEFAULT_MINIMUM.getOrDefault(code, BigDecimal.ONE));
        return Money.of(amount, currency);
    }

    public String link(String path) {
        var base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/" + path;
    }
}
