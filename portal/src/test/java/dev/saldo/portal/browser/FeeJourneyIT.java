package dev.saldo.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saldo.portal.identity.AccountDirectory;
import dev.saldo.portal.identity.SaldoUser;
import dev.saldo.portal.invoice.InvoiceBook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's USD rules at work: Bruno sees the late fee on his overdue invoice, in words, and the
 * early-payment discount, already taken off, when paying the invoice due in 20 days; Carla waives the
 * fixed fee with a reason; Diego's rules screen opens.
 */
class FeeJourneyIT extends BrowserTest {

    @Autowired
    InvoiceBook invoices;

    @Autowired
    AccountDirectory accounts;

    @Test
    void bruno_sees_the_late_fee_on_his_overdue_invoice_and_the_early_payment_discount_when_paying_ahead() {
        var bruno = ((SaldoUser) accounts.loadUserByUsername("bruno")).debtorId().orElseThrow();
        var today = invoices.today();
        var unsettled = invoices.unsettled(bruno);
        var overdue = unsettled.stream().filter(row -> row.dueDate().equals(today.minusDays(5))).findFirst().orElseThrow();
        var early = unsettled.stream().filter(row -> row.dueDate().equals(today.plusDays(20))).findFirst().orElseThrow();
        signInAs("bruno", "bruno123");

        open("invoices/" + overdue.id());
        waitFor(By.id("invoice-fees"));
        assertThat(text(By.id("invoice-fees"))).contains("16.23");
        assertThat(text(By.id("invoice-history"))).contains("Fee: fixed charge for late payment")
                .contains("Fee: late-payment interest at 18 % a year");
        assertAccessible("invoice with a late fee");
        screenshot("30-bruno-invoice-with-late-fee");

        open("pay?invoice=" + early.id());
        waitFor(By.id("pay-discount"));
        assertThat(text(By.id("pay-discount"))).contains("9.60");
        assertThat(text(By.id("pay-submit"))).contains("470.40");
        assertAccessible("pay screen with an early-payment discount");
        screenshot("31-bruno-pay-with-early-discount");

        signInAs("carla", "carla123");
        open("staff/fees/waivers");
        type("waiver-number", overdue.number());
        click(By.id("waiver-find"));
        waitFor(By.id("waiver-fees"));
        type("waiver-reason", "Primer atraso en años; se condona el cargo fijo");
        click(By.id("waive-1"));
        assertThat(text(By.id("waive-1"))).isEqualTo("Condonado");
        assertAccessible("fee waiver");
        screenshot("32-carla-waived-a-fee");

        signInAs("diego", "diego123");
        open("staff/fees");
        waitFor(By.id("fees-save"));
        assertAccessible("fee rules");
        screenshot("33-diego-fee-rules");
    }

    private void type(String id, String value) {
        var input = waitFor(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(value);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
    }
}
