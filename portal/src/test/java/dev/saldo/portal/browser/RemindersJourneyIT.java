package dev.saldo.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Diego, a supervisor, opens the dunning schedule of the demo portfolio and the outbox, where the demo's
 * reminders wait, rendered and labelled "not sent" because no channel is configured.
 */
class RemindersJourneyIT extends BrowserTest {

    @Test
    void a_supervisor_sees_the_schedule_and_the_outbox_of_reminders_not_sent() {
        signOutEverywhere();
        open("");
        waitFor(LoginPage.FORM);
        new LoginPage(driver).signIn("diego", "diego123");
        waitForVaadin();

        open("staff/reminders");
        waitFor(By.id("reminders-steps"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Calendario de recordatorios");
        assertThat(driver.findElements(By.cssSelector("#reminders-steps .reminder-step"))).hasSize(6);
        assertThat(driver.findElement(By.cssSelector("#reminders-steps .reminder-step vaadin-integer-field input"))
                .getAttribute("value")).isEqualTo("-3");
        assertThat(text(By.cssSelector("#reminders-sending-days h2"))).isEqualTo("Días de envío");
        assertAccessible("reminder schedule");
        screenshot("40-reminder-schedule-es");
        // A holiday that is not a date: marked on the field, nothing saved.
        driver.findElement(By.cssSelector("#reminders-holidays textarea")).sendKeys("\n2026-02-30 Feriado");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                waitFor(By.id("reminders-save")));
        click(By.id("reminders-save"));
        var field = ((JavascriptExecutor) driver).executeScript(
                "const f = document.getElementById('reminders-holidays'); return [String(f.invalid), f.errorMessage]");
        assertThat(field.toString()).startsWith("[true, Línea ").contains("«2026-02-30» no es una fecha válida");
        screenshot("40b-reminder-holiday-refused-es");
        open("staff/reminders");
        waitFor(By.id("reminders-steps"));
        var firstTexts = By.cssSelector("#reminders-steps .reminder-step vaadin-details vaadin-details-summary");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", waitFor(firstTexts));
        click(firstTexts);
        screenshot("41-reminder-schedule-texts-es");

        open("staff/reminders/outbox");
        waitFor(By.id("outbox-grid"));
        assertThat(text(By.id("outbox-not-sent-banner"))).contains("NO se envían");
        var statuses = driver.findElements(By.cssSelector("#outbox-grid vaadin-grid-cell-content span.outbox-status"));
        assertThat(statuses).isNotEmpty().allSatisfy(s -> assertThat(s.getText()).startsWith("No enviado"));
        assertAccessible("reminder outbox");
        screenshot("42-reminder-outbox-es");
        click(By.cssSelector("#outbox-grid vaadin-grid-cell-content span.outbox-status"));
        waitFor(By.cssSelector("#outbox-grid vaadin-grid-cell-content pre.outbox-body"));
        assertThat(text(By.cssSelector("#outbox-grid vaadin-grid-cell-content pre.outbox-body"))).contains("/pay/link/");
        screenshot("43-reminder-outbox-message-es");
    }
}
