package dev.saldo.portal.payment.stripe;

import com.stripe.StripeClient;
import dev.saldo.portal.payment.PaymentSettings;

/** One configured Stripe client: the secret key and the API address from the settings. */
final class StripeClientFactory {

    private StripeClientFactory() {
    }

    static StripeClient create(PaymentSettings.Stripe settings) {
        return StripeClient.builder()
                .setApiKey(settings.secretKey())
                .setApiBase(settings.apiBase())
                .setMaxNetworkRetries(2)
                .setConnectTimeout(10_000)
                .setReadTimeout(30_000)
                .build();
    }
}
