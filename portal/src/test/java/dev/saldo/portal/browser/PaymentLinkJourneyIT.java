package dev.saldo.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.identity.AccountDirectory;
import dev.saldo.portal.identity.SaldoUser;
import dev.saldo.portal.payment.PaymentLinks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reminder's payment link: opened signed out, it leads through sign-in straight to the pay screen and is
 * recorded on the timeline; expired, altered or someone else's links, and staff, all get one calm page.
 */
class PaymentLinkJourneyIT extends BrowserTest {

    private static final String INVALID = "Este enlace de pago venció o no es válido. Puede pagar de todos modos "
            + "desde la página Pagar.";

    @Autowired
    PaymentLinks links;

    @Autowired
    AccountDirectory accounts;

    @Test
    void a_debtor_opening_her_link_signed_out_signs_in_and_lands_on_the_pay_screen() {
        var link = links.issue(debtor("ana"), "reminder-journey-1");
        assertThat(link).contains("/" + PaymentLinks.PATH + "/");
        var path = link.substring(link.indexOf(PaymentLinks.PATH));

        signOutEverywhere();
        open(path);
        waitFor(LoginPage.FORM);
        new LoginPage(driver).signIn("ana", "ana123");
        waitForVaadin();

        waitFor(By.id("pay-submit"));
        assertThat(driver.getCurrentUrl()).endsWith("/pay");
        assertThat(text(By.id("pay-invoices"))).isNotBlank();
        screenshot("payment-link-01-pay-screen");

        open("history");
        assertThat(text(By.id("timeline-grid"))).contains("Abrió el enlace de pago del recordatorio del");
    }

    @Test
    void an_expired_an_altered_and_another_debtors_link_read_the_same_calm_refusal() {
        var ana = debtor("ana");
        var future = Instant.now().plus(Duration.ofDays(3));
        var expired = links.token(ana, "reminder-journey-2", Instant.now().minus(Duration.ofHours(1)));
        var valid = links.token(ana, "reminder-journey-3", future);
        var altered = valid.substring(0, valid.length() - 2) + (valid.endsWith("AA") ? "BB" : "AA");
        var brunos = links.token(debtor("bruno"), "reminder-journey-4", future);

        signInAs("ana", "ana123");
        open(PaymentLinks.PATH + "/" + expired);
        assertThat(text(By.id("payment-link-invalid"))).isEqualTo(INVALID);
        assertThat(text(By.id("payment-link-onward"))).isEqualTo("Ir a Pagar");
        assertAccessible("payment link refused");
        screenshot("payment-link-02-refused");

        open(PaymentLinks.PATH + "/" + altered);
        assertThat(text(By.id("payment-link-invalid"))).isEqualTo(INVALID);
        open(PaymentLinks.PATH + "/not-a-token");
        assertThat(text(By.id("payment-link-invalid"))).isEqualTo(INVALID);
        open(PaymentLinks.PATH + "/" + brunos);
        assertThat(text(By.id("payment-link-invalid"))).isEqualTo(INVALID);

        click(By.id("payment-link-onward"));
        waitFor(By.id("pay-submit"));

        signInAs("carla", "carla123");
        open(PaymentLinks.PATH + "/" + valid);
        assertThat(text(By.id("payment-link-invalid"))).isEqualTo(INVALID);
    }

    private DebtorId debtor(String username) {
        return ((SaldoUser) accounts.loadUserByUsername(username)).debtorId().orElseThrow();
    }
}
