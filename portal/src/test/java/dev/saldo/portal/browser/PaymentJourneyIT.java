package dev.saldo.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.money.MoneyFormat;
import dev.saldo.portal.identity.AccountDirectory;
import dev.saldo.portal.identity.SaldoUser;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.invoice.InvoiceFilter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Ana pays part of an invoice and then the rest through the sandbox checkout, watches her balance
 * drop and fetches the receipt; then a declined payment leaves everything as it was and says why.
 */
class PaymentJourneyIT extends BrowserTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Autowired
    InvoiceBook invoices;

    @Autowired
    AccountDirectory accounts;

    @Test
    void ana_pays_an_invoice_in_two_parts_sees_her_balance_drop_and_gets_the_receipt_and_a_decline_changes_nothing() {
        var ana = ((SaldoUser) accounts.loadUserByUsername("ana")).debtorId().orElseThrow();
        var invoice = pendingInvoiceOwing(ana, "89990");
        var other = pendingInvoiceOwing(ana, "45000");
        var before = owed(ana);
        var part = Money.of("40000", "CLP");

        signInAs("ana", "ana123");
        assertThat(text(By.id("total-CLP-value"))).isEqualTo(shown(before));

        // First part: 40.000 of the 89.990 invoice.
        open("invoices/" + invoice.id().value());
        click(By.id("invoice-pay"));
        waitFor(By.id("pay-preview"));
        type(By.cssSelector("#pay-amount input"), "40000");
        waitForText(By.id("pay-summary"), shown(part));
        assertThat(text(By.id("pay-preview"))).contains(invoice.number()).contains(shown(Money.of("49990", "CLP")));
        assertThat(text(By.id("pay-submit"))).isEqualTo("Pagar " + shown(part));
        assertAccessible("pay");
        screenshot("pay-01-partial-preview");

        click(By.id("pay-submit"));
        waitFor(By.id("sandbox-banner"));
        assertThat(text(By.id("sandbox-banner"))).contains("Sandbox").contains("no se mueve dinero real");
        assertThat(text(By.id("sandbox-total"))).contains(shown(part));
        assertAccessible("sandbox checkout");
        screenshot("pay-02-sandbox-checkout");

        click(By.id("sandbox-succeed"));
        waitForText(By.id("payment-title"), "Pago recibido");
        assertThat(text(By.id("payment-balance"))).contains(shown(before.minus(part)));
        assertAccessible("payment result");
        screenshot("pay-03-first-part-received");

        open("balance");
        assertThat(text(By.id("total-CLP-value"))).isEqualTo(shown(before.minus(part)));

        // The rest: the pay screen now offers exactly what is left.
        open("invoices/" + invoice.id().value());
        assertThat(text(By.id("invoice-open"))).isEqualTo(shown(Money.of("49990", "CLP")));
        click(By.id("invoice-pay"));
        waitForText(By.id("pay-summary"), shown(Money.of("49990", "CLP")));
        click(By.id("pay-submit"));
        click(By.id("sandbox-succeed"));
        waitForText(By.id("payment-title"), "Pago recibido");
        screenshot("pay-04-rest-received");

        var receipt = fetch(driver.findElement(By.id("payment-receipt")).getDomAttribute("href"));
        assertThat(receipt).containsEntry("status", 200L).containsEntry("type", "application/pdf")
                .containsEntry("magic", "%PDF-");

        open("balance");
        var afterBoth = before.minus(Money.of("89990", "CLP"));
        assertThat(text(By.id("total-CLP-value"))).isEqualTo(shown(afterBoth));
        screenshot("pay-05-balance-after");
        open("invoices/" + invoice.id().value());
        assertThat(text(By.cssSelector(".status"))).isEqualTo("Pagada");

        // Several invoices ticked in the list go to the pay screen together, oldest first.
        open("invoices");
        var pending = invoices.page(ana, InvoiceFilter.PENDING, PageRequest.of(0, 2)).getContent();
        waitFor(By.linkText(pending.get(0).number()));
        var ticks = driver.findElements(By.cssSelector("#invoice-grid vaadin-grid-cell-content vaadin-checkbox"));
        // The first checkbox is the header's "select all"; row checkboxes follow in row order.
        ticks.get(1).click();
        ticks.get(2).click();
        waitForVaadin();
        click(By.id("invoices-pay-selected"));
        waitForText(By.id("pay-summary"), shown(pending.get(0).openBalance().plus(pending.get(1).openBalance())));
        assertThat(text(By.id("pay-preview"))).contains(pending.get(0).number(), pending.get(1).number())
                .doesNotContain(other.number());
        screenshot("pay-06-several-selected");

        // A declined payment: nothing moves, and the page says why in plain words.
        open("pay?invoice=" + other.id().value());
        waitForText(By.id("pay-summary"), shown(Money.of("45000", "CLP")));
        click(By.id("pay-submit"));
        click(By.id("sandbox-decline"));
        waitForText(By.id("payment-title"), "El pago no se realizó");
        assertThat(text(By.id("payment-text"))).contains("no tiene fondos suficientes");
        assertThat(text(By.id("payment-unchanged"))).contains("su saldo no cambió");
        assertAccessible("declined payment");
        screenshot("pay-07-declined");
        open("balance");
        assertThat(text(By.id("total-CLP-value"))).isEqualTo(shown(afterBoth));
        assertThat(invoices.find(ana, other.id()).orElseThrow().allocations()).isEqualTo(other.allocations());

        open("payments");
        waitFor(By.id("payment-grid"));
        assertThat(text(By.id("payment-grid"))).contains("Pagado").contains("Rechazado");
        assertAccessible("payment history");
        screenshot("pay-08-history");
    }

    private Invoice pendingInvoiceOwing(DebtorId debtor, String amount) {
        var id = invoices.page(debtor, InvoiceFilter.PENDING, PageRequest.of(0, 50)).getContent().stream()
                .filter(row -> row.openBalance().equals(Money.of(amount, "CLP")))
                .findFirst().orElseThrow().id();
        return invoices.find(debtor, dev.saldo.domain.invoice.InvoiceId.of(id)).orElseThrow();
    }

    private Money owed(DebtorId debtor) {
        return invoices.balanceOf(debtor).balances().getFirst().totalOwed();
    }

    private static String shown(Money money) {
        return asShown(MoneyFormat.format(money, SPANISH));
    }

    private void type(By field, String value) {
        var input = waitFor(field);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
        waitForVaadin();
    }

    private void waitForText(By locator, String expected) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(d -> {
                    var found = d.findElements(locator);
                    return !found.isEmpty() && found.getFirst().getText().contains(expected);
                });
        waitForVaadin();
    }

    /** Fetches a link in the signed-in page, as the browser would download it. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> fetch(String href) {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  done({status: r.status, type: r.headers.get('content-type'),
                        magic: String.fromCharCode(...bytes.slice(0, 5))});
                }).catch(e => done({error: String(e)}));
                """, href);
    }
}
