package dev.saldo.mobile.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saldo.domain.api.ContactDetails;
import dev.saldo.domain.api.Summary;
import dev.saldo.mobile.i18n.Messages;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiClientTest {

    private static final ApiClient.Limits QUICK = new ApiClient.Limits(Duration.ofSeconds(1), Duration.ofSeconds(2), 3,
            Duration.ofMillis(10));

    private StubPortal stub;

    @AfterEach
    void stop() throws Exception {
        if (stub != null) {
            stub.close();
        }
    }

    private ApiClient client(URI base, Locale language) {
        return new ApiClient(() -> base, () -> new BasicCredentials("ana", "ana123"), () -> language,
                new ProblemText(Messages.load("dev.saldo.mobile.api.errors", language)), QUICK);
    }

    @Test
    void a_read_sends_basic_auth_and_the_apps_language_and_maps_the_json_record() throws Exception {
        stub = new StubPortal().then(200, "application/json", """
                {"asOf":"2026-11-23","balances":[{"currency":"CLP","totalOwed":{"amount":"45000","currency":"CLP"},
                 "overdue":{"amount":"0","currency":"CLP"},"openInvoices":1,"overdueInvoices":0,"nextDueDate":null,"extra":1}]}
                """);

        Summary summary = client(stub.baseUrl(), Messages.SPANISH).get("api/v1/me/summary", Summary.class);

        assertThat(summary.asOf()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(summary.balances().getFirst().totalOwed().toMoney().minorUnits()).isEqualTo(45000);
        assertThat(stub.seen().getFirst().authorization()).isEqualTo("Basic YW5hOmFuYTEyMw==");
        assertThat(stub.seen().getFirst().language()).isEqualTo("es");
    }

    @Test
    void a_read_is_retried_while_the_portal_is_unavailable_but_only_a_bounded_number_of_times() throws Exception {
        stub = new StubPortal().then(503, "text/plain", "busy");

        assertThatThrownBy(() -> client(stub.baseUrl(), Messages.ENGLISH).get("api/v1/me/summary", Summary.class))
                .isInstanceOf(ApiException.class)
                .hasMessage("The portal had a problem. Please try again in a few minutes.");
        assertThat(stub.seen()).hasSize(3);
    }

    @Test
    void a_read_succeeds_when_a_retry_finds_the_portal_back() throws Exception {
        stub = new StubPortal().then(503, "text/plain", "").then(200, "application/json", "{\"emails\":[{\"address\":\"a@b.cl\",\"primary\":true}],\"phones\":[]}");

        var contact = client(stub.baseUrl(), Messages.ENGLISH).get("api/v1/me/contact", ContactDetails.class);

        assertThat(contact.primaryEmail()).isEqualTo("a@b.cl");
        assertThat(stub.seen()).hasSize(2);
    }

    @Test
    void a_write_is_never_repeated() throws Exception {
        stub = new StubPortal().then(503, "text/plain", "");

        assertThatThrownBy(() -> client(stub.baseUrl(), Messages.ENGLISH).put("api/v1/me/contact",
                new ContactDetails(List.of(new ContactDetails.Email("a@b.cl", true)), List.of(), null, "EMAIL", "es", null,
                        null, List.of(), null), ContactDetails.class)).isInstanceOf(ApiException.class);
        assertThat(stub.seen()).hasSize(1);
        assertThat(stub.seen().getFirst().body()).contains("\"address\":\"a@b.cl\"");
    }

    @Test
    void a_problem_detail_becomes_its_translated_detail_with_each_field_error_and_policy_reason() throws Exception {
        stub = new StubPortal().then(422, "application/problem+json", """
                {"type":"https://saldo.dev/problems/plan-refused","title":"Plan no permitido","status":422,
                 "detail":"Así no es posible.","errors":[{"field":"email","message":"Correo no válido"}],
                 "reasons":[{"code":"plan.rule.max-installments","message":"Como máximo 12 cuotas."}]}
                """);

        assertThatThrownBy(() -> client(stub.baseUrl(), Messages.SPANISH).post("api/v1/me/plans", "{}", Object.class))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiException.Kind.REFUSED);
                    assertThat(e.getMessage()).isEqualTo("Así no es posible.\nCorreo no válido\nComo máximo 12 cuotas.");
                });
    }

    @Test
    void wrong_credentials_are_a_sign_in_problem_in_the_apps_language() throws Exception {
        stub = new StubPortal().then(401, "application/json", "");

        assertThatThrownBy(() -> client(stub.baseUrl(), Messages.SPANISH).get("api/v1/me/summary", Summary.class))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiException.Kind.SIGNED_OUT);
                    assertThat(e.getMessage()).isEqualTo("Su sesión no es válida. Revise su usuario y contraseña.");
                });
    }

    @Test
    void an_unreachable_portal_is_reported_as_offline() throws Exception {
        assertThatThrownBy(() -> client(URI.create("http://127.0.0.1:9/"), Messages.ENGLISH).get("api/v1/me/summary", Summary.class))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.isOffline()).isTrue();
                    assertThat(e.getMessage()).startsWith("No connection to the portal");
                });
    }
}
