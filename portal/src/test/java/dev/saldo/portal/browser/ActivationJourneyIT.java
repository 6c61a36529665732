package dev.saldo.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.saldo.portal.debtor.Debtor;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.invoice.InvoiceFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A debtor of the demo portfolio who never signed in claims their account: a wrong verifier gets the
 * same answer and no e-mail, the right one gets a link at the e-mail on file (GreenMail), the link
 * sets a password once, and too many attempts for one invoice are refused.
 */
class ActivationJourneyIT extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("http://\\S+/activate/[A-Za-z0-9_-]+");

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailAndLimits(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("saldo.activation.attempts-per-invoice", () -> "3");
        registry.add("saldo.activation.outbox-interval-millis", () -> "300");
    }

    @Autowired
    MongoTemplate mongo;

    @Autowired
    InvoiceBook invoices;

    @Test
    void a_debtor_claims_the_account_with_an_invoice_and_a_verifier_and_signs_in() throws Exception {
        var debtor = mongo.findOne(Query.query(Criteria.where("externalId").is("DEMO-001")), Debtor.class);
        var number = invoices.page(debtor.debtorId(), InvoiceFilter.ALL, PageRequest.of(0, 1)).getContent().getFirst().number();

        signOutEverywhere();
        open("login");
        click(By.id("activate-link"));
        waitFor(By.id("activation-invoice"));
        assertAccessible("activation request");

        click(By.id("activation-submit"));
        assertThat(driver.findElement(By.id("activation-invoice")).getAttribute("invalid")).isNotNull();
        assertThat(text(By.id("activation-invoice"))).contains("Complete este campo.");
        screenshot("20-activation-empty-es");

        request(number, "0000000");
        var neutral = text(By.id("activation-result"));
        assertThat(neutral).startsWith("Si los datos coinciden");
        request("XX-0000-999999", debtor.postalCode());
        assertThat(text(By.id("activation-result"))).as("an unknown invoice reads the same").isEqualTo(neutral);
        Thread.sleep(1500);
        assertThat(MAIL.getReceivedMessages()).as("no e-mail for a wrong verifier or an unknown invoice").isEmpty();

        request(number.toLowerCase(), " " + debtor.postalCode() + " ");
        assertThat(text(By.id("activation-result"))).isEqualTo(neutral);
        screenshot("21-activation-sent-es");
        assertThat(MAIL.waitForIncomingEmail(20_000, 1)).isTrue();
        var mail = MAIL.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(debtor.email());
        assertThat(mail.getSubject()).isEqualTo("Active su cuenta en Saldo");
        var matcher = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        assertThat(matcher.find()).isTrue();
        var link = matcher.group();

        driver.get(link);
        waitForVaadin();
        waitFor(By.id("activation-password"));
        assertAccessible("set password");
        type(By.id("activation-password"), "corta");
        type(By.id("activation-confirmation"), "corta");
        click(By.id("activation-set"));
        assertThat(text(By.id("activation-password"))).contains("al menos 10 caracteres");
        type(By.id("activation-password"), "una clave segura 2026");
        type(By.id("activation-confirmation"), "una clave distinta 2026");
        click(By.id("activation-set"));
        assertThat(text(By.id("activation-confirmation"))).contains("no coinciden");
        screenshot("22-activation-password-errors-es");
        type(By.id("activation-confirmation"), "una clave segura 2026");
        click(By.id("activation-set"));
        waitFor(By.id("activation-done"));
        assertThat(text(By.cssSelector(".activation-card p"))).contains(debtor.email());
        screenshot("23-activation-done-es");

        driver.get(link);
        waitForVaadin();
        waitFor(By.id("activation-invalid"));
        screenshot("24-activation-link-used-es");

        open("login");
        waitFor(By.cssSelector("vaadin-login-form"));
        driver.findElement(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(debtor.email());
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("una clave segura 2026");
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        waitForVaadin();
        waitFor(By.id("current-user"));
        assertThat(text(By.id("current-user"))).isEqualTo(debtor.name());
    }

    @Test
    void too_many_attempts_for_one_invoice_are_refused_even_with_the_right_verifier() throws Exception {
        var debtor = mongo.findOne(Query.query(Criteria.where("externalId").is("DEMO-002")), Debtor.class);
        var number = invoices.page(debtor.debtorId(), InvoiceFilter.ALL, PageRequest.of(0, 1)).getContent().getFirst().number();
        var before = MAIL.getReceivedMessages().length;

        signOutEverywhere();
        open("activate");
        for (var wrong : new String[] {"111111", "222222", "333333"}) {
            request(number, wrong);
            assertThat(text(By.id("activation-result"))).startsWith("Si los datos coinciden");
        }
        request(number, debtor.postalCode());
        assertThat(text(By.id("activation-result"))).startsWith("Hubo demasiados intentos").contains("minutos");
        screenshot("25-activation-throttled-es");
        Thread.sleep(1500);
        assertThat(MAIL.getReceivedMessages()).hasSize(before);
    }

    private void request(String invoice, String verifier) {
        type(By.id("activation-invoice"), invoice);
        type(By.id("activation-verifier"), verifier);
        click(By.id("activation-submit"));
    }

    private void type(By field, String value) {
        var input = waitFor(field).findElement(By.tagName("input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
    }
}
