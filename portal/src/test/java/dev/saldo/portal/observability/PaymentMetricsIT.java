package dev.saldo.portal.observability;

import static dev.saldo.portal.payment.stripe.StripeEventBuilder.paidSessionEvent;
import static dev.saldo.portal.payment.stripe.StripeEventBuilder.signature;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Locale;

import dev.saldo.portal.payment.PaymentOrder;
import dev.saldo.portal.payment.PaymentsIntegrationTest;
import dev.saldo.portal.payment.sandbox.SandboxGateway;
import dev.saldo.portal.payment.sandbox.SandboxOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Payments and webhooks, as they really happen, show up in the registry Prometheus scrapes. */
class PaymentMetricsIT extends PaymentsIntegrationTest {

    @Autowired
    MeterRegistry registry;
    @Autowired
    SandboxGateway sandbox;

    @Test
    void succeeded_and_declined_payments_are_counted_by_currency_and_webhook_lag_is_timed() throws Exception {
        var succeeded = payments("succeeded");
        var failed = payments("failed");
        var webhooks = webhooks();

        var paid = debtorOwing("CLP", "20000");
        var viaWebhook = payments.start(paid.id(), PaymentOrder.wholeBalance(paid.currency()), Locale.ROOT);
        var payload = paidSessionEvent("evt_metrics_" + viaWebhook.id(), viaWebhook.id(), "pi_metrics_" + viaWebhook.id());
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/webhooks/stripe"))
                .header("Content-Type", "application/json")
                .header("Stripe-Signature", signature(payload, WEBHOOK_SECRET, Instant.now()))
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build(), HttpResponse.BodyHandlers.ofString());
        var declinedDebtor = debtorOwing("CLP", "30000");
        var declined = payments.start(declinedDebtor.id(), PaymentOrder.wholeBalance(declinedDebtor.currency()), Locale.ROOT);
        sandbox.complete(declined.id(), SandboxOutcome.DECLINE);
        sandbox.complete(declined.id(), SandboxOutcome.DECLINE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(payments("succeeded")).isEqualTo(succeeded + 1);
        assertThat(payments("failed")).as("counted once however often it is told").isEqualTo(failed + 1);
        assertThat(webhooks()).isEqualTo(webhooks + 1);
    }

    private double payments(String outcome) {
        var counter = registry.find("saldo.payments").tags("outcome", outcome, "currency", "clp").counter();
        return counter == null ? 0 : counter.count();
    }

    private long webhooks() {
        var timer = registry.find("saldo.webhook.lag").tag("provider", "stripe").timer();
        return timer == null ? 0 : timer.count();
    }
}
