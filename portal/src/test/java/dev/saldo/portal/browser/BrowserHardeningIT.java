package dev.saldo.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.invoice.InvoiceLine;
import dev.saldo.domain.invoice.LineType;
import dev.saldo.domain.money.Money;
import dev.saldo.portal.debtor.Debtor;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.debtor.DebtorKind;
import dev.saldo.portal.invoice.InvoiceBook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the browser is told to enforce, and what it does with hostile text: the pages carry a Content
 * Security Policy Vaadin works under (every browser test runs with it) that forbids framing, the API
 * forbids everything a page could do, the session cookie is HttpOnly and SameSite, a sign-in posted
 * from another site signs nobody in, and markup typed into a name reaches staff screens as text.
 */
class BrowserHardeningIT extends BrowserTest {

    private static final String XSS_NAME = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>Eva";

    @Autowired
    DebtorDirectory debtors;

    @Autowired
    InvoiceBook invoices;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pages_carry_a_policy_that_forbids_framing_and_foreign_code_and_a_cookie_scripts_cannot_read() throws Exception {
        var page = get("/login", "text/html");

        var policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'",
                "form-action 'self'", "base-uri 'self'");
        assertThat(policy).doesNotContain("*");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
        var session = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst();
        assertThat(session).as("the sign-in page opens a session").isPresent();
        assertThat(session.get()).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void the_api_forbids_everything_a_page_could_do() throws Exception {
        var answer = get("/api/v1/me/summary", "application/json");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Security-Policy")).contains("default-src 'none'; frame-ancestors 'none'");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(answer.headers().allValues("Set-Cookie")).as("the API is stateless").isEmpty();
    }

    @Test
    void a_sign_in_posted_from_another_site_signs_nobody_in_while_the_portals_own_page_can() throws Exception {
        // Vaadin exempts its login form from Spring's CSRF token; the browser's Origin and
        // Sec-Fetch-Site headers are what stop a foreign page from signing a visitor in.
        var browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        browser.send(HttpRequest.newBuilder(URI.create(url("login"))).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        var fromAnotherOrigin = signIn(browser, "https://evil.example", null);
        var fromAnotherSite = signIn(browser, null, "cross-site");
        assertThat(fromAnotherOrigin.statusCode()).isEqualTo(403);
        assertThat(fromAnotherSite.statusCode()).isEqualTo(403);
        var balance = browser.send(HttpRequest.newBuilder(URI.create(url("balance"))).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(balance.headers().firstValue("Location")).as("still anonymous: sent to sign in")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));

        var fromItsOwnPage = signIn(browser, "http://localhost:" + port, "same-origin");
        assertThat(fromItsOwnPage.headers().firstValue("Location")).as("the portal's own sign-in page still works")
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("login"));
    }

    private HttpResponse<String> signIn(HttpClient browser, String origin, String fetchSite) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url("login")))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (fetchSite != null) {
            request.header("Sec-Fetch-Site", fetchSite);
        }
        return browser.send(request.POST(HttpRequest.BodyPublishers.ofString("username=ana&password=ana123")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
    @Test
    void markup_in_a_debtors_name_is_shown_to_staff_as_text_and_never_runs() {
        var clp = Currency.getInstance("CLP");
        var external = "XSS-" + UUID.randomUUID().toString().substring(0, 8);
        var debtor = debtors.register(new Debtor(null, external, XSS_NAME, DebtorKind.PERSON, "1-9", "x@example.com",
                "+56 9 1111 1111", "8320000", "CL", "es", null));
        var due = invoices.today().minusDays(90); // the oldest in the 61–90 bucket: first in its list
        invoices.register(Invoice.of(InvoiceId.of(external + "-1"), debtor.debtorId(), external + "-1", due.minusDays(30), due,
                List.of(new InvoiceLine(LineType.CHARGE, "<b>Servicio</b>", Money.ofMinor(31_337, clp), due.minusDays(30))),
                List.of()));

        signOutEverywhere();
        signInAs("diego", "diego123");
        open("staff/aging/CLP/61-90");
        waitFor(By.id("bucket-grid"));
        var cells = driver.findElements(By.cssSelector("#bucket-grid vaadin-grid-cell-content")).stream()
                .map(c -> c.getText()).toList();

        assertThat(cells).as("the name is shown literally").anySatisfy(text -> assertThat(text).contains("<img src=x"));
        assertThat(((JavascriptExecutor) driver).executeScript("return window.__xss === undefined")).isEqualTo(true);
        assertThat(driver.findElements(By.cssSelector("#bucket-grid img[src='x']"))).isEmpty();
        screenshot("90-hostile-name-as-text");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path.substring(1)))).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
