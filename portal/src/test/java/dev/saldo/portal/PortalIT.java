package dev.saldo.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.portal.identity.AccountDirectory;
import dev.saldo.portal.identity.SaldoUser;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.invoice.InvoiceFilter;
import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The running portal over HTTP: probes, what anonymous visitors get, and data scoped to its debtor. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalIT {


    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "portal");
    }

    @LocalServerPort
    int port;

    @Autowired
    InvoiceBook invoices;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void health_answers_up_without_signing_in() throws Exception {
        var response = get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void other_actuator_endpoints_are_not_open_to_anonymous_visitors() throws Exception {
        var response = get("/actuator/env");
        assertThat(response.statusCode()).isIn(302, 401, 404);
        assertThat(response.body()).doesNotContain("propertySources");
    }

    @Test
    void anonymous_visitors_of_a_debtor_screen_are_sent_to_sign_in() throws Exception {
        var response = get("/balance");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void the_sign_in_page_is_served_to_anonymous_visitors() throws Exception {
        assertThat(get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void a_debtor_never_gets_another_debtors_invoice_from_the_invoice_book() {
        var ana = debtorOf("ana");
        var bruno = debtorOf("bruno");
        var anas = invoices.page(ana, InvoiceFilter.ALL, PageRequest.of(0, 50)).getContent();
        assertThat(anas).isNotEmpty();
        for (var invoice : anas) {
            assertThat(invoices.find(ana, InvoiceId.of(invoice.id()))).isPresent();
            assertThat(invoices.find(bruno, InvoiceId.of(invoice.id()))).isEmpty();
        }
        assertThat(invoices.page(bruno, InvoiceFilter.ALL, PageRequest.of(0, 50)).getContent())
                .extracting(row -> row.id())
                .doesNotContainAnyElementsOf(anas.stream().map(row -> row.id()).toList());
    }

    @Test
    void demo_portfolio_has_unpaid_invoices_in_every_aging_bucket_and_some_paid_ones() {
        var invoices = mongo.getCollection("invoices");
        var today = this.invoices.today();
        var unpaid = Filters.eq("settled", false);
        assertThat(invoices.countDocuments(Filters.and(unpaid, Filters.gte("dueDate", today)))).as("current").isPositive();
        int[][] buckets = {{1, 30}, {31, 60}, {61, 90}, {91, 100_000}};
        for (var bucket : buckets) {
            var filter = Filters.and(unpaid, Filters.lte("dueDate", today.minusDays(bucket[0])),
                    Filters.gte("dueDate", today.minusDays(bucket[1])));
            assertThat(invoices.countDocuments(filter)).as("%d to %d days", bucket[0], bucket[1]).isPositive();
        }
        assertThat(invoices.countDocuments(Filters.eq("settled", true))).as("paid").isPositive();
        assertThat(invoices.countDocuments(Filters.and(unpaid, Filters.ne("allocations", java.util.List.of()))))
                .as("partly paid").isPositive();
    }

    private dev.saldo.domain.debtor.DebtorId debtorOf(String username) {
        return ((SaldoUser) accounts.loadUserByUsername(username)).debtorId().orElseThrow();
    }

    private HttpResponse<String> get(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
