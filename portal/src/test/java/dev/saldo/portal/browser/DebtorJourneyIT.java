package dev.saldo.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import dev.saldo.domain.invoice.InvoiceStatus;
import dev.saldo.domain.money.MoneyFormat;
import dev.saldo.portal.identity.AccountDirectory;
import dev.saldo.portal.identity.SaldoUser;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.invoice.InvoiceFilter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Ana signs in, reads her balance and invoices in Spanish, switches to English and opens an invoice;
 * Bruno, who prefers English, then tries Ana's invoice by its address and gets "not found".
 */
class DebtorJourneyIT extends BrowserTest {

    @Autowired
    InvoiceBook invoices;

    @Autowired
    AccountDirectory accounts;

    @Test
    void ana_reads_her_balance_and_invoices_in_spanish_then_english_and_bruno_cannot_open_hers() {
        var ana = ((SaldoUser) accounts.loadUserByUsername("ana")).debtorId().orElseThrow();
        var balance = invoices.balanceOf(ana).balances().getFirst();
        var oldestPending = invoices.page(ana, InvoiceFilter.PENDING, PageRequest.of(0, 1)).getContent().getFirst();
        var spanish = Locale.forLanguageTag("es");

        signOutEverywhere();
        open("");
        waitFor(LoginPage.FORM);
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        assertThat(driver.getTitle()).isEqualTo("Iniciar sesión · Saldo");
        assertAccessible("login");
        screenshot("01-login-es");

        new LoginPage(driver).signIn("ana", "ana123");
        waitForVaadin();
        waitFor(By.id("total-CLP-value"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mi saldo");
        assertThat(text(By.id("total-CLP-value"))).isEqualTo(asShown(MoneyFormat.format(balance.totalOwed(), spanish)));
        assertThat(text(By.id("overdue-CLP-value"))).isEqualTo(asShown(MoneyFormat.format(balance.overdue(), spanish)));
        assertAccessible("balance");
        screenshot("02-balance-es");

        click(By.id("see-invoices"));
        waitFor(By.linkText(oldestPending.number()));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mis facturas");
        assertThat(driver.findElement(By.id("invoice-grid")).getText()).contains("Vencida hace");
        assertAccessible("invoices");
        screenshot("03-invoices-es");

        click(By.id("language-switcher"));
        waitFor(By.linkText(oldestPending.number()));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("My invoices");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(driver.findElement(By.id("invoice-grid")).getText()).contains("days overdue");
        screenshot("04-invoices-en");

        click(By.linkText(oldestPending.number()));
        waitFor(By.id("invoice-title"));
        assertThat(driver.findElement(By.id("invoice-title")).getText()).isEqualTo("Invoice " + oldestPending.number());
        assertThat(text(By.id("invoice-open")))
                .isEqualTo(asShown(MoneyFormat.format(oldestPending.openBalance(), Locale.ENGLISH)));
        assertThat(oldestPending.status()).isEqualTo(InvoiceStatus.OVERDUE);
        assertAccessible("invoice detail");
        screenshot("05-invoice-detail-en");

        signInAs("bruno", "bruno123");
        waitFor(By.id("total-USD-value"));
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .as("Bruno prefers English, whatever the browser says").isEqualTo("My balance");
        open("invoices/" + oldestPending.id());
        assertThat(text(By.id("not-found"))).isEqualTo("Page not found");
        assertThat(driver.getPageSource()).doesNotContain(oldestPending.number());
        assertAccessible("not found");
        screenshot("06-bruno-not-found");
    }
}
