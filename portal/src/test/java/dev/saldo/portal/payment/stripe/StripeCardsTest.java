package dev.saldo.portal.payment.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Currency;
import java.util.Locale;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.money.Money;
import dev.saldo.portal.payment.CardGateway.ChargeResult;
import dev.saldo.portal.payment.FailureReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Cards on file against the local Stripe stub: setup in Checkout, off-session charges, declines and 3-D Secure. */
class StripeCardsTest {

    private static final String SESSIONS = "/v1/checkout/sessions";
    private static final String INTENTS = "/v1/payment_intents";
    private static final String SESSION_ID = "cs_test_a1YS1URlnyQCN5fUUduORoQ7Pw41PJqDWkIVQCpJPqkfIhd6tVY8XB1OLY";
    private static final String CUSTOMER = "cus_QXg1o8vcGmoR32";
    private static final DebtorId ANA = DebtorId.of("debtor-ana");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StripeStub stripe = new StripeStub()
            .answer("POST /v1/customers", 200, StripeStub.fixture("customer"))
            .answer("POST " + SESSIONS, 200, StripeStub.fixture("checkout_session"));
    private final MongoTemplate mongo = mock(MongoTemplate.class);
    private final StripeGateway customers = new StripeGateway(StripeCheckoutTest.settings(stripe.base()), mongo);
    private final StripeCards cards = new StripeCards(StripeCheckoutTest.settings(stripe.base()), customers);

    @BeforeEach
    void anaIsACustomer() {
        when(mongo.findById(eq(ANA.value()), eq(StripeCustomer.class))).thenReturn(new StripeCustomer(ANA.value(), CUSTOMER));
    }

    @AfterEach
    void stopStub() {
        stripe.close();
    }

    @Test
    void saving_a_card_opens_checkout_in_setup_mode_for_the_debtors_customer() {
        var setup = cards.startSetup(ANA, "Ana", "ana@example.com", Locale.ROOT, Currency.getInstance("CLP"),
                "http://portal.test/plan/card", "http://portal.test/plan");

        assertThat(setup.setupId()).isEqualTo(SESSION_ID);
        assertThat(stripe.requestsTo(SESSIONS).getFirst().form())
                .containsEntry("mode", "setup")
                .containsEntry("customer", CUSTOMER)
                .containsEntry("payment_method_types[0]", "card")
                .containsEntry("success_url", "http://portal.test/plan/card?setup={CHECKOUT_SESSION_ID}")
                .containsEntry("metadata[saldo_debtor_id]", "debtor-ana")
                .doesNotContainKey("line_items[0][quantity]");
    }

    @Test
    void a_completed_setup_of_the_debtors_own_customer_yields_the_payment_method_and_anyone_elses_nothing() {
        stripe.answer("GET " + SESSIONS + "/" + SESSION_ID, 200, completedSetup(CUSTOMER));
        assertThat(cards.finishSetup(ANA, SESSION_ID)).contains("pm_1Pgc75B7WZ01zgkWlHVgdEGJ");
        assertThat(stripe.requests().getLast().path()).isEqualTo(SESSIONS + "/" + SESSION_ID);

        stripe.answer("GET " + SESSIONS + "/" + SESSION_ID, 200, completedSetup("cus_someone_else"));
        assertThat(cards.finishSetup(ANA, SESSION_ID)).isEmpty();
    }

    @Test
    void an_off_session_charge_confirms_a_payment_intent_with_our_idempotency_key() {
        stripe.answer("POST " + INTENTS, 200, StripeStub.fixture("payment_intent")
                .replace("\"requires_payment_method\"", "\"succeeded\""));

        var result = cards.charge(ANA, "P-AUTO1", "pm_1Pgc75B7WZ01zgkWlHVgdEGJ", Money.of("25000", "CLP"), "auto-plan1-2-0");

        assertThat(result).isEqualTo(new ChargeResult.Paid("pi_1PgafyB7WZ01zgkWSjxsAJo3"));
        var sent = stripe.requestsTo(INTENTS).getFirst();
        assertThat(sent.idempotencyKey()).isEqualTo("auto-plan1-2-0");
        assertThat(sent.form()).containsEntry("amount", "25000").containsEntry("currency", "clp")
                .containsEntry("customer", CUSTOMER).containsEntry("payment_method", "pm_1Pgc75B7WZ01zgkWlHVgdEGJ")
                .containsEntry("off_session", "true").containsEntry("confirm", "true")
                .containsEntry("metadata[saldo_payment_id]", "P-AUTO1");
    }

    @Test
    void a_declined_card_is_reported_with_its_reason() {
        stripe.answer("POST " + INTENTS, 402, cardError("card_declined", "insufficient_funds"));

        var result = cards.charge(ANA, "P-AUTO2", "pm_1", Money.of("25000", "CLP"), "auto-plan1-2-0");

        assertThat(result).isEqualTo(new ChargeResult.Declined(FailureReason.INSUFFICIENT_FUNDS));
    }

    @Test
    void a_bank_asking_for_authentication_is_reported_so_the_debtor_can_pay_on_session() {
        stripe.answer("POST " + INTENTS, 402, cardError("authentication_required", "authentication_required"));

        var result = cards.charge(ANA, "P-AUTO3", "pm_1", Money.of("25000", "CLP"), "auto-plan1-2-0");

        assertThat(result).isEqualTo(new ChargeResult.NeedsAuthentication("pi_1PgafyB7WZ01zgkWSjxsAJo3"));
    }

    @Test
    void removing_a_card_detaches_its_payment_method() {
        stripe.answer("POST /v1/payment_methods/pm_1Pgc75B7WZ01zgkWlHVgdEGJ/detach", 200,
                StripeStub.fixture("payment_method"));

        cards.remove("pm_1Pgc75B7WZ01zgkWlHVgdEGJ");

        assertThat(stripe.requestsTo("/v1/payment_methods/pm_1Pgc75B7WZ01zgkWlHVgdEGJ/detach")).hasSize(1);
    }

    private static String completedSetup(String customer) {
        var session = (ObjectNode) JSON.readTree(StripeStub.fixture("checkout_session"));
        var intent = (ObjectNode) JSON.readTree(StripeStub.fixture("setup_intent"));
        intent.put("status", "succeeded").put("payment_method", "pm_1Pgc75B7WZ01zgkWlHVgdEGJ").put("customer", customer);
        session.put("mode", "setup").put("status", "complete").put("customer", customer).set("setup_intent", intent);
        return JSON.writeValueAsString(session);
    }

    /** Stripe's error body for a card error, carrying the PaymentIntent as Stripe does. */
    private static String cardError(String code, String declineCode) {
        var body = JSON.createObjectNode();
        var error = body.putObject("error");
        error.put("type", "card_error").put("code", code).put("decline_code", declineCode)
                .put("message", "Your card was declined.");
        error.set("payment_intent", JSON.readTree(StripeStub.fixture("payment_intent")));
        return JSON.writeValueAsString(body);
    }
}
