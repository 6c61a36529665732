package dev.saldo.portal.plan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import dev.saldo.portal.identity.AccountDirectory;
import dev.saldo.portal.identity.SaldoUser;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.EmbeddedTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The phone's view of plans, promises and review: JSON in and out over HTTP Basic, refusals as problem
 * details with the policy's reasons, and nothing written when a request is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanApiIT {

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "plan-api");
        registry.add("saldo.demo.enabled", () -> "true");
    }

    @LocalServerPort
    int port;

    @Autowired
    InvoiceBook invoices;

    @Autowired
    AccountDirectory accounts;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    record Reply(int status, JsonNode body, String contentType) {
    }

    private Reply call(String user, String password, String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "es")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        var text = response.body();
        return new Reply(response.statusCode(), text == null || text.isBlank() ? null : json.readTree(text),
                response.headers().firstValue("Content-Type").orElse(""));
    }

    private String today() {
        return invoices.today().toString();
    }

    private String proposal(String down, int count, String frequency, LocalDate first) {
        return """
                {"downPayment": "%s", "installments": %d, "frequency": "%s", "firstDate": "%s"}
                """.formatted(down, count, frequency, first);
    }

    @Test
    void evaluation_returns_verdict_reasons_and_schedule_and_stores_nothing() throws Exception {
        var today = invoices.today();

        var reply = call("bruno", "bruno123", "POST", "/api/v1/me/plans/evaluation",
                proposal("0", 6, "MONTHLY", today.plusDays(7)));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("outcome").asString()).isEqualTo("NEEDS_REVIEW");
        assertThat(reply.body().get("reasons").get(0).get("code").asString()).isEqualTo("plan.review.term");
        assertThat(reply.body().get("reasons").get(0).get("message").asString()).contains("90 días");
        assertThat(reply.body().get("schedule").size()).isEqualTo(6);
        assertThat(reply.body().get("terms").get("currency").asString()).isEqualTo("USD");
        assertThat(call("bruno", "bruno123", "GET", "/api/v1/me/plans", null).body().size()).isZero();
    }

    @Test
    void the_basis_lets_a_phone_compute_the_same_schedule_and_verdict_as_the_portal() throws Exception {
        var today = invoices.today();
        var basis = json.treeToValue(call("ana", "ana123", "GET", "/api/v1/me/plans/basis", null).body(),
                dev.saldo.domain.plan.api.ProposalBasis.class);
        assertThat(basis.today()).isEqualTo(today);
        assertThat(basis.hasDebt()).isTrue();

        var proposal = dev.saldo.domain.plan.Proposal.of(basis.total().toMoney(),
                dev.saldo.domain.money.Money.zero(basis.total().toMoney().currency()), 6,
                dev.saldo.domain.plan.Frequency.MONTHLY, today.plusDays(7));
        var verdict = basis.policy().toDomain().evaluate(proposal, basis.standing(), basis.today());
        var schedule = dev.saldo.domain.plan.Schedule.of(proposal, basis.today());
        var portal = call("ana", "ana123", "POST", "/api/v1/me/plans/evaluation", proposal("0", 6, "MONTHLY", today.plusDays(7)));

        assertThat(portal.body().get("outcome").asString()).isEqualTo(verdict.outcome().name());
        assertThat(portal.body().get("reasons").findValuesAsString("code"))
                .isEqualTo(verdict.reasons().stream().map(dev.saldo.domain.plan.Reason::key).toList());
        assertThat(portal.body().get("schedule").findValuesAsString("amount"))
                .isEqualTo(schedule.payments().stream().map(p -> p.amount().amount().toPlainString()).toList());
        assertThat(call("carla", "carla123", "GET", "/api/v1/me/plans/basis", null).status()).isEqualTo(403);
    }

    @Test
    void a_refused_proposal_is_a_problem_detail_with_the_policys_reasons_and_an_alternative() throws Exception {
        var today = invoices.today();

        var reply = call("bruno", "bruno123", "POST", "/api/v1/me/plans", proposal("0", 40, "WEEKLY", today.plusDays(90)));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("type").asString()).isEqualTo("https://saldo.example/problems/plan-refused");
        assertThat(reply.body().get("instance").asString()).isEqualTo("/api/v1/me/plans");
        assertThat(reply.body().get("detail").asString()).isNotBlank();
        assertThat(reply.body().get("reasons").findValuesAsString("code"))
                .contains("plan.rule.max-installments", "plan.rule.first-date-late");
        assertThat(reply.body().get("alternative").get("installments").asInt()).isLessThanOrEqualTo(12);
        assertThat(call("bruno", "bruno123", "GET", "/api/v1/me/plans", null).body().size()).isZero();
    }

    @Test
    void impossible_input_is_refused_clearly_and_malformed_json_is_a_bad_request() throws Exception {
        var today = invoices.today();

        var zero = call("bruno", "bruno123", "POST", "/api/v1/me/plans", proposal("0", 0, "MONTHLY", today.plusDays(7)));
        assertThat(zero.status()).isEqualTo(422);
        assertThat(zero.body().get("reasons").findValuesAsString("code")).containsExactly("plan.input.installments-range");

        var huge = call("bruno", "bruno123", "POST", "/api/v1/me/plans", proposal("99999999", 2, "MONTHLY", today.plusDays(7)));
        assertThat(huge.body().get("reasons").findValuesAsString("code")).containsExactly("plan.input.down-payment-range");

        var garbage = call("bruno", "bruno123", "POST", "/api/v1/me/plans", "{\"installments\": \"many\"}");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.body().get("type").asString()).isEqualTo("https://saldo.example/problems/bad-request");
        var notMoney = call("bruno", "bruno123", "POST", "/api/v1/me/plans", proposal("ten", 2, "MONTHLY", today));
        assertThat(notMoney.status()).isEqualTo(400);
        assertThat(call("bruno", "bruno123", "GET", "/api/v1/me/plans", null).body().size()).isZero();
    }

    @Test
    void ana_proposes_carla_counter_offers_over_the_api_and_ana_accepts_while_bruno_cannot_touch_it() throws Exception {
        var today = invoices.today();
        var submitted = call("ana", "ana123", "POST", "/api/v1/me/plans", proposal("0", 6, "MONTHLY", today.plusDays(7)));
        assertThat(submitted.status()).isEqualTo(201);
        var id = submitted.body().get("id").asString();
        assertThat(submitted.body().get("status").asString()).isEqualTo("PENDING_REVIEW");

        var queue = call("carla", "carla123", "GET", "/api/v1/staff/proposals?currency=CLP", null);
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body().findValuesAsString("id")).contains(id);
        assertThat(call("ana", "ana123", "GET", "/api/v1/staff/proposals", null).status()).isEqualTo(403);

        var bad = call("carla", "carla123", "POST", "/api/v1/staff/proposals/" + id + "/counter-offer", """
                {"downPayment": "0", "installments": 50, "frequency": "WEEKLY", "firstDate": "%s"}
                """.formatted(today.plusDays(7)));
        assertThat(bad.status()).isEqualTo(422);

        var countered = call("carla", "carla123", "POST", "/api/v1/staff/proposals/" + id + "/counter-offer", """
                {"downPayment": "30000", "installments": 3, "frequency": "MONTHLY", "firstDate": "%s", "note": "Tres meses"}
                """.formatted(today.plusDays(7)));
        assertThat(countered.status()).isEqualTo(200);
        assertThat(countered.body().get("status").asString()).isEqualTo("COUNTER_OFFERED");

        var late = call("diego", "diego123", "POST", "/api/v1/staff/proposals/" + id + "/approval", null);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body().get("decidedBy").asString()).isEqualTo("carla");

        assertThat(call("bruno", "bruno123", "POST", "/api/v1/me/plans/" + id + "/counter-offer/acceptance", null).status())
                .isEqualTo(404);
        assertThat(call("bruno", "bruno123", "GET", "/api/v1/me/plans/" + id, null).status()).isEqualTo(404);

        var accepted = call("ana", "ana123", "POST", "/api/v1/me/plans/" + id + "/counter-offer/acceptance", null);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.body().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(accepted.body().get("installmentsPaid").asInt()).isZero();
        assertThat(accepted.body().get("installmentCount").asInt()).isEqualTo(3);
        assertThat(accepted.body().get("installments").get(0).get("number").asInt()).isZero();

        var again = call("ana", "ana123", "POST", "/api/v1/me/plans/" + id + "/counter-offer/decline", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("currentState").asString()).isEqualTo("ACTIVE");

        var mine = call("ana", "ana123", "GET", "/api/v1/me/plans", null);
        assertThat(mine.body().findValuesAsString("id")).contains(id);
    }

    @Test
    void promises_are_made_and_listed_and_refused_as_problem_details() throws Exception {
        var today = invoices.today();
        var refused = call("bruno", "bruno123", "POST", "/api/v1/me/promises", """
                {"amount": "100000", "date": "%s"}
                """.formatted(today.plusDays(3)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("reasons").findValuesAsString("code")).containsExactly("promise.rule.more-than-owed");

        var made = call("bruno", "bruno123", "POST", "/api/v1/me/promises", """
                {"amount": "100", "date": "%s"}
                """.formatted(today.plusDays(3)));
        assertThat(made.status()).isEqualTo(201);
        assertThat(made.body().get("status").asString()).isEqualTo("PENDING");
        assertThat(made.body().get("currency").asString()).isEqualTo("USD");
        var listed = call("bruno", "bruno123", "GET", "/api/v1/me/promises", null);
        assertThat(listed.body().size()).isEqualTo(1);
    }

    @Test
    void staff_and_anonymous_callers_get_no_debtor_data() throws Exception {
        assertThat(call("carla", "carla123", "GET", "/api/v1/me/plans", null).status()).isEqualTo(403);
        assertThat(call("ana", "wrong", "GET", "/api/v1/me/plans", null).status()).isEqualTo(401);
        assertThat(((SaldoUser) accounts.loadUserByUsername("ana")).debtorId()).isPresent();
        assertThat(today()).isNotBlank();
    }
}
