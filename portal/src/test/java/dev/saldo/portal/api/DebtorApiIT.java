package dev.saldo.portal.api;

import static dev.saldo.portal.api.ApiClient.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.saldo.domain.api.ContactDetails;
import dev.saldo.domain.api.InvoiceDetails;
import dev.saldo.domain.api.InvoicePage;
import dev.saldo.domain.api.Problem;
import dev.saldo.domain.api.Summary;
import dev.saldo.domain.money.MoneyFormat;
import dev.saldo.portal.identity.AccountDirectory;
import dev.saldo.portal.identity.SaldoUser;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.invoice.InvoiceFilter;
import dev.saldo.portal.EmbeddedTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The debtor API over HTTP Basic with the built-in demo accounts (the embedded default). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DebtorApiIT {

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "api");
        registry.add("saldo.demo.enabled", () -> "true");
    }

    @LocalServerPort
    int port;

    @Autowired
    InvoiceBook invoices;

    @Autowired
    AccountDirectory accounts;

    ApiClient anonymous;
    ApiClient ana;
    ApiClient bruno;

    @BeforeEach
    void clients() {
        anonymous = ApiClient.anonymous(port);
        ana = anonymous.basic("ana", "ana123");
        bruno = anonymous.basic("bruno", "bruno123");
    }

    @Test
    void the_summary_shows_the_same_balance_as_the_portal() {
        var response = ana.get("/api/v1/me/summary");
        assertThat(response.statusCode()).isEqualTo(200);
        var summary = read(response, Summary.class);
        var expected = invoices.balanceOf(debtor("ana")).balances().getFirst();
        assertThat(summary.asOf()).isEqualTo(invoices.today());
        assertThat(summary.balances()).hasSize(1);
        var clp = summary.balances().getFirst();
        assertThat(clp.currency()).isEqualTo("CLP");
        assertThat(clp.totalOwed().toMoney()).isEqualTo(expected.totalOwed());
        assertThat(clp.overdue().toMoney()).isEqualTo(expected.overdue());
        assertThat(clp.overdueInvoices()).isEqualTo(expected.overdueCount());
    }

    @Test
    void invoices_come_in_pages_filtered_by_status() {
        var first = read(ana.get("/api/v1/me/invoices?status=all&size=2"), InvoicePage.class);
        assertThat(first.items()).hasSize(2);
        assertThat(first.hasNext()).isTrue();
        var third = read(ana.get("/api/v1/me/invoices?status=all&size=2&page=2"), InvoicePage.class);
        assertThat(third.items()).hasSize(1);
        assertThat(third.hasNext()).isFalse();
        var paid = read(ana.get("/api/v1/me/invoices?status=paid"), InvoicePage.class);
        assertThat(paid.items()).isNotEmpty().allSatisfy(item -> assertThat(item.status()).isEqualTo("PAID"));
        var pending = read(ana.get("/api/v1/me/invoices"), InvoicePage.class);
        assertThat(pending.items()).noneSatisfy(item -> assertThat(item.status()).isEqualTo("PAID"));
    }

    @Test
    void a_bad_query_is_refused_with_an_error_per_field_in_the_requested_language() {
        var english = ana.language("en-GB").get("/api/v1/me/invoices?status=late&size=500&page=-1");
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var problem = read(english, Problem.class);
        assertThat(problem.type()).isEqualTo("https://saldo.example/problems/invalid-fields");
        assertThat(problem.title()).isEqualTo("Invalid data");
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("page", "size", "status");
        assertThat(problem.errors().get(1).message()).isEqualTo("The page size must be between 1 and 100.");

        var spanish = read(ana.language("es-CL").get("/api/v1/me/invoices?size=abc"), Problem.class);
        assertThat(spanish.title()).isEqualTo("Datos no válidos");
        assertThat(spanish.errors()).containsExactly(
                new Problem.FieldError("size", "Este valor no tiene el formato esperado."));
    }

    @Test
    void an_invoice_of_another_debtor_reads_exactly_like_one_that_does_not_exist() {
        var anas = invoices.page(debtor("ana"), InvoiceFilter.ALL, PageRequest.of(0, 1)).getContent().getFirst();
        var own = ana.get("/api/v1/me/invoices/" + anas.id());
        assertThat(own.statusCode()).isEqualTo(200);
        var details = read(own, InvoiceDetails.class);
        assertThat(details.invoice().number()).isEqualTo(anas.number());
        assertThat(details.invoice().openBalance().toMoney()).isEqualTo(anas.openBalance());
        assertThat(details.lines()).isNotEmpty();

        var foreign = bruno.get("/api/v1/me/invoices/" + anas.id());
        var missing = bruno.get("/api/v1/me/invoices/no-such-invoice");
        assertThat(foreign.statusCode()).isEqualTo(404).isEqualTo(missing.statusCode());
        var foreignProblem = read(foreign, Problem.class);
        var missingProblem = read(missing, Problem.class);
        assertThat(foreignProblem.type()).isEqualTo("https://saldo.example/problems/not-found");
        assertThat(foreignProblem.title()).isEqualTo(missingProblem.title());
        assertThat(foreignProblem.detail()).isEqualTo(missingProblem.detail());
        assertThat(foreign.body()).doesNotContain(anas.number());
        assertThat(bruno.getBytes("/api/v1/me/invoices/" + anas.id() + "/pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void an_invoice_pdf_is_written_in_the_requested_language_with_amounts_as_on_screen() throws Exception {
        var row = invoices.page(debtor("ana"), InvoiceFilter.OVERDUE, PageRequest.of(0, 1)).getContent().getFirst();
        for (var language : new String[] {"es", "en"}) {
            var response = ana.language(language).getBytes("/api/v1/me/invoices/" + row.id() + "/pdf");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(new String(response.body(), 0, 5)).isEqualTo("%PDF-");
            var dir = Path.of(System.getProperty("saldo.screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve("invoice-" + language + ".pdf"), response.body());
            var text = new PdfTextExtractor(new PdfReader(response.body())).getTextFromPage(1);
            var open = MoneyFormat.format(row.openBalance(), java.util.Locale.forLanguageTag(language))
                    .replaceAll("[\\s\u00A0]+", " ");
            // The extractor renders a no-break space as a wider gap: compare words, not spacing.
            assertThat(text.replaceAll("[\\s\u00A0]+", " ")).contains(open)
                    .contains(("es".equals(language) ? "Factura " : "Invoice ") + row.number())
                    .contains("es".equals(language) ? "Saldo pendiente" : "Balance due");
        }
    }

    @Test
    void without_valid_credentials_the_api_answers_401_with_a_challenge() {
        var anonymousAnswer = anonymous.get("/api/v1/me/summary");
        assertThat(anonymousAnswer.statusCode()).isEqualTo(401);
        assertThat(anonymousAnswer.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Saldo\"");
        assertThat(read(anonymousAnswer, Problem.class).type()).isEqualTo("https://saldo.example/problems/unauthorized");
        var wrongPassword = anonymous.basic("ana", "wrong").get("/api/v1/me/summary");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(read(wrongPassword, Problem.class).title()).isEqualTo("Debe iniciar sesión");
        assertThat(wrongPassword.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void staff_cannot_use_the_debtor_api() {
        var response = anonymous.basic("carla", "carla123").language("en").get("/api/v1/me/summary");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(read(response, Problem.class).title()).isEqualTo("Not allowed");
    }

    @Test
    void an_unknown_api_address_is_a_problem_details_404() {
        var response = ana.get("/api/v1/me/nothing-here");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(read(response, Problem.class).type()).isEqualTo("https://saldo.example/problems/not-found");
        assertThat(ana.send("DELETE", "/api/v1/me/summary").statusCode()).isEqualTo(405);
    }

    @Test
    void contact_details_are_replaced_whole_or_not_at_all() {
        var before = read(bruno.get("/api/v1/me/contact"), ContactDetails.class);
        assertThat(before.primaryEmail()).isNotBlank();

        var refused = bruno.language("en").put("/api/v1/me/contact", new ContactDetails(
                List.of(new ContactDetails.Email("not-an-email", true)), List.of(new ContactDetails.Phone("call me", true)),
                null, "EMAIL", "en", null, null, null, null));
        assertThat(refused.statusCode()).isEqualTo(400);
        var problem = read(refused, Problem.class);
        assertThat(problem.detail()).isEqualTo("Some fields are not valid; nothing was saved.");
        assertThat(problem.errors()).extracting(Problem.FieldError::field)
                .containsExactly("emails[0].address", "phones[0].number");
        assertThat(read(bruno.get("/api/v1/me/contact"), ContactDetails.class)).isEqualTo(before);

        var malformed = bruno.put("/api/v1/me/contact", "{\"emails\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(read(malformed, Problem.class).type()).isEqualTo("https://saldo.example/problems/bad-request");

        var saved = bruno.put("/api/v1/me/contact", new ContactDetails(before.emails(),
                List.of(new ContactDetails.Phone(" +14155550100 ", true)), null, "SMS", "en", null, null, null, null));
        assertThat(saved.statusCode()).isEqualTo(200);
        var after = read(bruno.get("/api/v1/me/contact"), ContactDetails.class);
        assertThat(after.primaryPhone()).isEqualTo("+14155550100");
        assertThat(after.preferredChannel()).isEqualTo("SMS");
        assertThat(read(ana.get("/api/v1/me/contact"), ContactDetails.class).primaryPhone())
                .isNotEqualTo(after.primaryPhone());
    }

    @Test
    void the_api_is_described_by_openapi_with_a_browsable_ui() {
        var docs = anonymous.get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        var paths = (Map<String, Object>) read(docs, Map.class).get("paths");
        assertThat(paths).containsKeys("/api/v1/me/summary", "/api/v1/me/invoices", "/api/v1/me/invoices/{id}",
                "/api/v1/me/invoices/{id}/pdf", "/api/v1/me/contact");
        assertThat(paths).doesNotContainKey("/api/**");
        var ui = anonymous.get("/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }

    private dev.saldo.domain.debtor.DebtorId debtor(String username) {
        return ((SaldoUser) accounts.loadUserByUsername(username)).debtorId().orElseThrow();
    }
}
