package dev.saldo.portal.payment.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import dev.saldo.portal.api.ProblemType;
import dev.saldo.portal.payment.GatewayEvent;
import dev.saldo.portal.payment.PaymentOrder;
import dev.saldo.portal.payment.PaymentRecord;
import dev.saldo.portal.payment.PaymentsIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The phone's payments API: same rules as the screens, clear problems for bad input, nothing written then. */
class PaymentApiIT extends PaymentsIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_debtor_starts_a_partial_payment_and_gets_the_checkout_address_and_the_split() throws Exception {
        var debtor = debtorOwing("CLP", "27000", "89990");

        var response = post(debtor, "{\"amount\": 40000, \"currency\": \"CLP\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        var body = JSON.readTree(response.body());
        assertThat(body.get("checkoutUrl").asString()).startsWith("http://localhost:" + port + "/pay/sandbox/");
        assertThat(body.get("amount").decimalValue()).isEqualByComparingTo("40000");
        assertThat(body.get("allocations")).hasSize(2);
        assertThat(body.get("allocations").get(0).get("invoiceNumber").asString()).isEqualTo(debtor.invoices().get(0).number());
        assertThat(body.get("allocations").get(1).get("amount").decimalValue()).isEqualByComparingTo("13000");

        var list = JSON.readTree(get(debtor, "/api/v1/me/payments").body());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("status").asString()).isEqualTo("PENDING");
    }

    @Test
    void zero_negative_too_small_and_too_large_amounts_are_refused_with_a_reason_and_nothing_is_written()
            throws Exception {
        var debtor = debtorOwing("CLP", "27000");
        var before = count(PaymentRecord.class);

        var zero = post(debtor, "{\"amount\": 0, \"currency\": \"CLP\"}");
        var negative = post(debtor, "{\"amount\": -500, \"currency\": \"CLP\"}");
        var tooSmall = post(debtor, "{\"amount\": 999, \"currency\": \"CLP\"}");
        var tooLarge = post(debtor, "{\"amount\": 27001, \"currency\": \"CLP\"}");

        assertThat(problem(zero, 422).get("type").asString()).isEqualTo(ProblemType.BASE + "amount-not-positive");
        assertThat(problem(negative, 422).get("type").asString()).isEqualTo(ProblemType.BASE + "amount-not-positive");
        assertThat(problem(tooSmall, 422).get("type").asString()).isEqualTo(ProblemType.BASE + "below-minimum");
        var above = problem(tooLarge, 422);
        assertThat(above.get("type").asString()).isEqualTo(ProblemType.BASE + "above-balance");
        assertThat(above.get("detail").asString()).contains("$27.000");
        assertThat(count(PaymentRecord.class)).isEqualTo(before);
    }

    @Test
    void another_debtors_invoice_is_not_found_and_nothing_is_written() throws Exception {
        var debtor = debtorOwing("CLP", "27000");
        var other = debtorOwing("CLP", "50000");
        var before = count(PaymentRecord.class);

        var response = post(debtor, "{\"invoiceIds\": [\"" + other.invoices().getFirst().id().value() + "\"]}");

        assertThat(problem(response, 404).get("type").asString()).isEqualTo(ProblemType.BASE + "unknown-invoice");
        assertThat(count(PaymentRecord.class)).isEqualTo(before);
        assertThat(reload(other, other.invoices().getFirst()).allocations()).isEmpty();
    }

    @Test
    void malformed_json_and_unknown_currencies_get_a_clear_400() throws Exception {
        var debtor = debtorOwing("CLP", "27000");
        var before = count(PaymentRecord.class);

        assertThat(problem(post(debtor, "{\"amount\": "), 400).get("type").asString()).isEqualTo(ProblemType.BASE + "bad-request");
        assertThat(problem(post(debtor, "{\"amount\": \"lots\"}"), 400).get("type").asString())
                .isEqualTo(ProblemType.BASE + "bad-request");
        assertThat(problem(post(debtor, "{\"currency\": \"XYZ1\"}"), 400).get("type").asString())
                .isEqualTo(ProblemType.BASE + "bad-request");
        assertThat(count(PaymentRecord.class)).isEqualTo(before);
    }

    @Test
    void the_receipt_of_a_succeeded_payment_is_a_pdf_only_its_debtor_can_fetch() throws Exception {
        var debtor = debtorOwing("CLP", "27000");
        var other = debtorOwing("CLP", "1000");
        var payment = payments.start(debtor.id(), PaymentOrder.wholeBalance(debtor.currency()), Locale.ROOT);
        var path = "/api/v1/me/payments/" + payment.id() + "/receipt";
        assertThat(get(debtor, path).statusCode()).as("no receipt before it is paid").isEqualTo(404);

        settlement.apply(new GatewayEvent.Succeeded(payment.id(), "pi_receipt"));
        var receipt = http.send(request(debtor, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(new String(receipt.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(get(other, path).statusCode()).isEqualTo(404);
    }

    @Test
    void without_credentials_the_api_answers_401() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me/payments"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        var body = JSON.readTree(response.body());
        assertThat(body.get("detail").asString()).isNotBlank();
        return body;
    }

    private HttpResponse<String> post(TestDebtor debtor, String json) throws Exception {
        return http.send(request(debtor, "/api/v1/me/payments").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(TestDebtor debtor, String path) throws Exception {
        return http.send(request(debtor, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(TestDebtor debtor, String path) {
        var basic = Base64.getEncoder().encodeToString((debtor.username() + ":" + debtor.password())
                .getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic)
                .header("Accept-Language", "es-CL");
    }
}
