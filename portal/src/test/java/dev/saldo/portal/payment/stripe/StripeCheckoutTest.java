package dev.saldo.portal.payment.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.money.Money;
import dev.saldo.portal.payment.GatewayEvent;
import dev.saldo.portal.payment.PaymentGateway.CheckoutRequest;
import dev.saldo.portal.payment.PaymentGateway.Line;
import dev.saldo.portal.payment.PaymentSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The Stripe adapter against a local stub serving Stripe's own example objects: what we send, what we read. */
class StripeCheckoutTest {

    private static final String SESSION = "/v1/checkout/sessions";
    private static final String CUSTOMERS = "/v1/customers";
    private static final String SESSION_ID = "cs_test_a1YS1URlnyQCN5fUUduORoQ7Pw41PJqDWkIVQCpJPqkfIhd6tVY8XB1OLY";

    private final StripeStub stripe = new StripeStub()
            .answer("POST " + CUSTOMERS, 200, StripeStub.fixture("customer"))
            .answer("POST " + SESSION, 200, StripeStub.fixture("checkout_session"));
    private final MongoTemplate mongo = mock(MongoTemplate.class);
    private final StripeGateway gateway = new StripeGateway(settings(stripe.base()), mongo);

    @AfterEach
    void stopStub() {
        stripe.close();
    }

    @Test
    void a_clp_checkout_sends_whole_pesos_one_line_per_invoice_our_metadata_and_the_idempotency_key() {
        var checkout = gateway.open(request("P-CLP0001", "CLP", "89990", "27000"));

        assertThat(checkout.sessionId()).isEqualTo(SESSION_ID);
        assertThat(checkout.url()).isEqualTo("https://checkout.stripe.com/pay/c/" + SESSION_ID);
        var sent = stripe.requestsTo(SESSION).getFirst();
        assertThat(sent.idempotencyKey()).isEqualTo("checkout-P-CLP0001");
        assertThat(sent.authorization()).isEqualTo("Bearer sk_test_saldo");
        assertThat(sent.form())
                .containsEntry("mode", "payment")
                .containsEntry("customer", "cus_QXg1o8vcGmoR32")
                .containsEntry("client_reference_id", "P-CLP0001")
                .containsEntry("metadata[saldo_payment_id]", "P-CLP0001")
                .containsEntry("metadata[saldo_debtor_id]", "debtor-ana")
                .containsEntry("payment_intent_data[metadata][saldo_payment_id]", "P-CLP0001")
                .containsEntry("line_items[0][price_data][currency]", "clp")
                .containsEntry("line_items[0][price_data][unit_amount]", "89990")
                .containsEntry("line_items[0][price_data][product_data][name]", "Factura F-1")
                .containsEntry("line_items[0][price_data][product_data][metadata][saldo_invoice_id]", "inv-1")
                .containsEntry("line_items[0][quantity]", "1")
                .containsEntry("line_items[1][price_data][unit_amount]", "27000")
                .containsEntry("locale", "es")
                .containsEntry("success_url", "http://portal.test/payments/P-CLP0001")
                .containsEntry("cancel_url", "http://portal.test/payments/P-CLP0001?cancelled");
    }

    @Test
    void a_usd_checkout_sends_cents() {
        gateway.open(request("P-USD0001", "USD", "1250.50", "0.99"));

        var form = stripe.requestsTo(SESSION).getFirst().form();
        assertThat(form).containsEntry("line_items[0][price_data][currency]", "usd")
                .containsEntry("line_items[0][price_data][unit_amount]", "125050")
                .containsEntry("line_items[1][price_data][unit_amount]", "99");
    }

    @Test
    void the_debtor_becomes_a_stripe_customer_once_with_its_own_idempotency_key() {
        gateway.open(request("P-FIRST0001", "CLP", "1000"));

        var created = stripe.requestsTo(CUSTOMERS);
        assertThat(created).hasSize(1);
        assertThat(created.getFirst().idempotencyKey()).isEqualTo("customer-debtor-ana");
        assertThat(created.getFirst().form()).containsEntry("name", "Ana Martínez Rojas")
                .containsEntry("email", "ana@example.com").containsEntry("metadata[saldo_debtor_id]", "debtor-ana");
        verify(mongo).insert(new StripeCustomer("debtor-ana", "cus_QXg1o8vcGmoR32"));
    }

    @Test
    void a_known_customer_is_reused_without_asking_stripe_again() {
        when(mongo.findById(eq("debtor-ana"), eq(StripeCustomer.class)))
                .thenReturn(new StripeCustomer("debtor-ana", "cus_known"));

        gateway.open(request("P-AGAIN0001", "CLP", "1000"));

        assertThat(stripe.requestsTo(CUSTOMERS)).isEmpty();
        assertThat(stripe.requestsTo(SESSION).getFirst().form()).containsEntry("customer", "cus_known");
    }

    @Test
    void an_open_session_has_no_outcome_yet_and_a_paid_one_succeeds_with_its_payment_intent() {
        stripe.answer("GET " + SESSION + "/" + SESSION_ID, 200, StripeStub.fixture("checkout_session"));
        assertThat(gateway.lookup("P-1", SESSION_ID)).isEmpty();

        stripe.answer("GET " + SESSION + "/" + SESSION_ID, 200, StripeStub.fixture("checkout_session")
                .replace("\"status\": \"open\"", "\"status\": \"complete\"")
                .replace("\"payment_status\": \"unpaid\"", "\"payment_status\": \"paid\""));
        assertThat(gateway.lookup("P-1", SESSION_ID))
                .contains(new GatewayEvent.Succeeded("P-1", "pi_1PgafyB7WZ01zgkWSjxsAJo3"));
    }

    @Test
    void an_expired_session_expires_the_attempt() {
        stripe.answer("GET " + SESSION + "/" + SESSION_ID, 200, StripeStub.fixture("checkout_session")
                .replace("\"status\": \"open\"", "\"status\": \"expired\""));

        assertThat(gateway.lookup("P-2", SESSION_ID)).contains(new GatewayEvent.Expired("P-2"));
    }

    @Test
    void a_stripe_error_is_reported_not_swallowed() {
        when(mongo.findById(any(), eq(StripeCustomer.class))).thenReturn(new StripeCustomer("debtor-ana", "cus_known"));
        stripe.answer("POST " + SESSION, 400,
                "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Amount must convert to at least 50 cents\"}}");

        assertThatThrownBy(() -> gateway.open(request("P-ERR0001", "USD", "0.10")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("P-ERR0001");
    }

    private static CheckoutRequest request(String paymentId, String currency, String... amounts) {
        var lines = new java.util.ArrayList<Line>();
        for (int i = 0; i < amounts.length; i++) {
            lines.add(new Line("inv-" + (i + 1), "Factura F-" + (i + 1), Money.of(amounts[i], currency)));
        }
        return new CheckoutRequest(paymentId, DebtorId.of("debtor-ana"), "Ana Martínez Rojas", "ana@example.com",
                Locale.forLanguageTag("es"), Currency.getInstance(currency), List.copyOf(lines),
                "http://portal.test/payments/" + paymentId, "http://portal.test/payments/" + paymentId + "?cancelled");
    }

    static PaymentSettings settings(String apiBase) {
        return new PaymentSettings(Map.of(), "", Duration.ofMinutes(15), Duration.ofMinutes(5), Duration.ofSeconds(20),
                new PaymentSettings.Stripe("sk_test_saldo", "whsec_test", apiBase, Duration.ofMinutes(5)));
    }
}
