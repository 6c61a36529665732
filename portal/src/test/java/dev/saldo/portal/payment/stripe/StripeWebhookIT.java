package dev.saldo.portal.payment.stripe;

import static dev.saldo.portal.payment.stripe.StripeEventBuilder.paidSessionEvent;
import static dev.saldo.portal.payment.stripe.StripeEventBuilder.paymentFailedEvent;
import static dev.saldo.portal.payment.stripe.StripeEventBuilder.refundEvent;
import static dev.saldo.portal.payment.stripe.StripeEventBuilder.sessionEvent;
import static dev.saldo.portal.payment.stripe.StripeEventBuilder.signature;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import dev.saldo.domain.payment.PaymentStatus;
import dev.saldo.portal.payment.FailureReason;
import dev.saldo.portal.payment.PaymentOrder;
import dev.saldo.portal.payment.PaymentRecord;
import dev.saldo.portal.payment.PaymentsIntegrationTest;
import org.junit.jupiter.api.Test;

/** {@code POST /webhooks/stripe} over HTTP: only signed, fresh events count, and each counts once. */
class StripeWebhookIT extends PaymentsIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_signed_completed_checkout_pays_the_invoice() throws Exception {
        var debtor = debtorOwing("CLP", "89990");
        var payment = startWholeBalance(debtor);

        var response = deliver(sessionEvent("evt_ok_" + payment.id(), "checkout.session.completed", payment.id(),
                "complete", "paid"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(reload(payment).status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(reload(debtor, debtor.invoices().getFirst()).isPaid()).isTrue();
    }

    @Test
    void forged_stale_and_missing_signatures_are_refused_with_400_and_change_nothing() throws Exception {
        var debtor = debtorOwing("CLP", "50000");
        var payment = startWholeBalance(debtor);
        var events = count(dev.saldo.portal.payment.PaymentRecord.class);
        var payload = sessionEvent("evt_forged_" + payment.id(), "checkout.session.completed", payment.id(),
                "complete", "paid");

        var forged = post(payload, signature(payload, "whsec_someone_else", Instant.now()));
        var stale = post(payload, signature(payload, WEBHOOK_SECRET, Instant.now().minus(Duration.ofMinutes(10))));
        var tampered = post(payload.replace("\"paid\"", "\"paid\" "), signature(payload, WEBHOOK_SECRET, Instant.now()));
        var missing = post(payload, null);
        var garbage = post("{not json", signature("{not json", WEBHOOK_SECRET, Instant.now()));

        assertThat(List.of(forged, stale, tampered, missing, garbage)).extracting(HttpResponse::statusCode)
                .containsOnly(400);
        assertThat(reload(payment).status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(reload(debtor, debtor.invoices().getFirst()).allocations()).isEmpty();
        assertThat(settlement.alreadyProcessed("evt_forged_" + payment.id())).isFalse();
        assertThat(count(dev.saldo.portal.payment.PaymentRecord.class)).isEqualTo(events);
    }

    @Test
    void a_delayed_payment_delivered_five_times_each_and_out_of_order_is_applied_once() throws Exception {
        var debtor = debtorOwing("CLP", "30000", "45000");
        var payment = payments.start(debtor.id(), new PaymentOrder(debtor.currency(), List.of(), debtor.money("50000")),
                Locale.ROOT);
        var id = payment.id();
        var deliveries = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            deliveries.add(sessionEvent("evt_done_" + id, "checkout.session.async_payment_succeeded", id, "complete", "paid"));
            deliveries.add(sessionEvent("evt_open_" + id, "checkout.session.completed", id, "complete", "unpaid"));
            deliveries.add(paymentFailedEvent("evt_retry_" + id, id, "insufficient_funds"));
        }
        Collections.shuffle(deliveries, new Random(7));
        // The bank's confirmation arrives before the "waiting for the bank" notice, whatever the shuffle did.
        deliveries.addFirst(sessionEvent("evt_done_" + id, "checkout.session.async_payment_succeeded", id, "complete", "paid"));

        for (var event : deliveries) {
            assertThat(deliver(event).statusCode()).isEqualTo(200);
        }

        var settled = reload(payment);
        assertThat(settled.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(settled.applied()).extracting(PaymentRecord.Share::amountMinor).containsExactly(30_000L, 20_000L);
        assertThat(reload(debtor, debtor.invoices().get(0)).allocations()).hasSize(1);
        assertThat(reload(debtor, debtor.invoices().get(0)).isPaid()).isTrue();
        assertThat(reload(debtor, debtor.invoices().get(1)).openBalance()).isEqualTo(debtor.money("25000"));
        assertThat(payments.history(debtor.id(), org.springframework.data.domain.PageRequest.of(0, 10))).hasSize(1);
    }

    @Test
    void a_declined_card_fails_the_attempt_with_the_reason_and_leaves_the_balance_alone() throws Exception {
        var debtor = debtorOwing("CLP", "50000");
        var payment = startWholeBalance(debtor);

        deliver(paymentFailedEvent("evt_declined_" + payment.id(), payment.id(), "insufficient_funds"));

        var failed = reload(payment);
        assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(failed.failure()).isEqualTo(FailureReason.INSUFFICIENT_FUNDS);
        assertThat(reload(debtor, debtor.invoices().getFirst()).allocations()).isEmpty();
    }

    @Test
    void a_full_refund_reopens_the_invoice_once() throws Exception {
        var debtor = debtorOwing("CLP", "50000");
        var payment = startWholeBalance(debtor);
        var intent = "pi_full_" + payment.id();
        deliver(paidSessionEvent("evt_paid_" + payment.id(), payment.id(), intent));
        assertThat(reload(payment).gatewayReference()).isEqualTo(intent);

        for (int i = 0; i < 3; i++) {
            deliver(refundEvent("evt_refund_" + payment.id(), intent, 50_000, 50_000));
        }

        assertThat(reload(payment).status()).isEqualTo(PaymentStatus.REFUNDED);
        var invoice = reload(debtor, debtor.invoices().getFirst());
        assertThat(invoice.openBalance()).isEqualTo(debtor.money("50000"));
        assertThat(invoice.allocations()).hasSize(1);
    }

    @Test
    void a_partial_refund_reopens_the_invoice_for_the_refunded_amount_and_a_growing_refund_for_the_rest()
            throws Exception {
        var debtor = debtorOwing("CLP", "30000", "20000");
        var payment = startWholeBalance(debtor);
        var intent = "pi_partial_" + payment.id();
        deliver(paidSessionEvent("evt_paid_" + payment.id(), payment.id(), intent));

        for (int i = 0; i < 3; i++) {
            deliver(refundEvent("evt_part_" + payment.id(), intent, 50_000, 15_000));
        }

        assertThat(reload(payment).status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(reload(debtor, debtor.invoices().get(0)).isPaid()).as("the older invoice stays paid").isTrue();
        var later = reload(debtor, debtor.invoices().get(1));
        assertThat(later.openBalance()).isEqualTo(debtor.money("15000"));
        assertThat(payments.owed(debtor.id(), debtor.currency())).isEqualTo(debtor.money("15000"));

        deliver(refundEvent("evt_more_" + payment.id(), intent, 50_000, 35_000));

        assertThat(reload(debtor, debtor.invoices().get(1)).openBalance()).isEqualTo(debtor.money("20000"));
        assertThat(reload(debtor, debtor.invoices().get(0)).openBalance()).isEqualTo(debtor.money("15000"));
        assertThat(reload(debtor, debtor.invoices().get(0)).allocations()).hasSize(1);
    }

    private PaymentRecord startWholeBalance(TestDebtor debtor) {
        return payments.start(debtor.id(), PaymentOrder.wholeBalance(debtor.currency()), Locale.ROOT);
    }

    private HttpResponse<String> deliver(String payload) throws Exception {
        return post(payload, signature(payload, WEBHOOK_SECRET, Instant.now()));
    }

    private HttpResponse<String> post(String payload, String signature) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/stripe"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
