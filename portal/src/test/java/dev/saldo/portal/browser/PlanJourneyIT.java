package dev.saldo.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import dev.saldo.domain.money.MoneyFormat;
import dev.saldo.domain.plan.PlanStatus;
import dev.saldo.portal.identity.AccountDirectory;
import dev.saldo.portal.identity.SaldoUser;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.plan.PlanDesk;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Ana proposes a plan the policy sends to review, Carla counter-offers, Ana compares and accepts and
 * sees 0 of N paid; Bruno proposes one within bounds and it is active at once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanJourneyIT extends BrowserTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Autowired
    InvoiceBook invoices;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    PlanDesk plans;

    private void signIn(String user, String password) {
        signOutEverywhere();
        open("");
        waitFor(LoginPage.FORM);
        new LoginPage(driver).signIn(user, password);
        waitForVaadin();
        waitFor(By.id("main-nav"));
    }

    /** Replaces a Vaadin field's value the way a person does: select all, type, leave the field. */
    private void type(String id, String value) {
        var input = waitFor(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(value);
        input.sendKeys(Keys.TAB);
        pause();
        waitForVaadin();
    }

    private static void pause() {
        try {
            Thread.sleep(700);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    @Order(1)
    void ana_proposes_a_plan_outside_the_bounds_carla_counter_offers_and_ana_accepts() {
        var ana = ((SaldoUser) accounts.loadUserByUsername("ana")).debtorId().orElseThrow();
        var recent = invoices.unsettled(ana).stream().filter(row -> row.daysOverdue() == 12).findFirst().orElseThrow();

        signIn("ana", "ana123");
        click(By.cssSelector("vaadin-side-nav-item[path='plan']"));
        waitFor(By.id("verdict"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mi plan de pagos");
        // She keeps the most recent overdue invoice out of the plan: she will pay it this month.
        var box = driver.findElements(By.cssSelector("#plan-invoices vaadin-checkbox")).stream()
                .filter(b -> b.getText().contains(recent.number())).findFirst().orElseThrow();
        box.click();
        pause();
        waitForVaadin();
        assertThat(driver.findElement(By.id("verdict")).getAttribute("class")).contains("verdict-needs-review");
        assertThat(text(By.id("verdict"))).contains("lo revisará una persona").contains("90 días");
        assertThat(driver.findElements(By.cssSelector("#schedule-preview vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().equals("6"))).isTrue();
        assertAccessible("plan proposal");
        screenshot("10-ana-plan-proposal-needs-review");

        click(By.id("submit-plan"));
        waitFor(By.id("plan-status"));
        assertThat(text(By.id("plan-status"))).isEqualTo("En revisión");
        assertAccessible("plan under review");
        screenshot("11-ana-plan-under-review");

        signIn("carla", "carla123");
        click(By.cssSelector("vaadin-side-nav-item[path='staff/proposals']"));
        waitFor(By.linkText("Ana Martínez Rojas"));
        assertThat(text(By.id("review-grid"))).contains("Los planes de más de 90 días los revisa una persona.");
        assertAccessible("review queue");
        screenshot("12-carla-review-queue");

        click(By.linkText("Ana Martínez Rojas"));
        waitFor(By.id("review-title"));
        assertThat(text(By.id("review-history"))).contains("1 planes");
        type("counter-installments", "4");
        type("counter-down", "20000");
        assertAccessible("proposal review");
        screenshot("13-carla-counter-offer");
        click(By.id("send-counter"));
        waitFor(By.id("review-decided"));
        assertThat(text(By.id("review-decided"))).contains("Le proponemos otras condiciones");

        signIn("ana", "ana123");
        open("plan");
        waitFor(By.id("counter-ours"));
        assertThat(text(By.id("counter-yours"))).contains("6 cuotas mensuales");
        assertThat(text(By.id("counter-ours"))).contains("4 cuotas mensuales")
                .contains(asShown(MoneyFormat.format(dev.saldo.domain.money.Money.of("20000", "CLP"), SPANISH)));
        assertAccessible("counter-offer");
        screenshot("14-ana-counter-offer-side-by-side");

        click(By.id("accept-counter"));
        waitFor(By.id("plan-progress"));
        assertThat(text(By.id("plan-status"))).isEqualTo("Activo");
        assertThat(text(By.id("plan-progress"))).isEqualTo("0 de 4 cuotas pagadas");
        var plan = plans.currentPlan(ana).orElseThrow();
        assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
        var next = plan.progress().next().orElseThrow();
        assertThat(text(By.id("plan-next"))).contains(asShown(MoneyFormat.format(next.open(), SPANISH)));
        assertAccessible("active plan");
        screenshot("15-ana-plan-active");

        open("invoices");
        waitFor(By.id("invoice-grid"));
        pause();
        assertThat(text(By.id("invoice-grid"))).contains("En plan de pagos").contains("Vencida hace 12 días");
        screenshot("16-ana-invoices-in-plan");
    }

    @Test
    @Order(2)
    void bruno_proposes_a_plan_within_the_bounds_and_it_is_approved_at_once() {
        signIn("bruno", "bruno123");
        open("plan");
        waitFor(By.id("verdict"));
        type("installments", "2");
        type("down-payment", "250");
        assertThat(driver.findElement(By.id("verdict")).getAttribute("class")).contains("verdict-auto-approved");
        screenshot("17-bruno-plan-auto-approved-preview");

        click(By.id("submit-plan"));
        waitFor(By.id("plan-progress"));
        // Bruno prefers English: his screens follow his language, whatever the browser's.
        assertThat(text(By.id("plan-status"))).isEqualTo("Active");
        assertThat(text(By.id("plan-progress"))).isEqualTo("0 of 2 installments paid");
        var due = text(By.id("plan-next"));
        assertThat(due).contains("250");
        assertAccessible("plan approved at once");
        screenshot("18-bruno-plan-active");

        // The down payment goes through the ordinary checkout (the sandbox here) and is credited to the plan.
        click(By.id("pay-next"));
        waitFor(By.id("sandbox-banner"));
        click(By.id("sandbox-succeed"));
        waitFor(By.id("payment-title"));
        open("plan");
        waitFor(By.id("plan-next"));
        assertThat(text(By.id("plan-next"))).as("the next payment moved on once the down payment was paid")
                .isNotEqualTo(due);
        screenshot("18b-bruno-plan-down-payment-paid");
    }

    @Test
    @Order(3)
    void ana_records_a_promise_to_pay_within_the_window_and_sees_it_pending() {
        signIn("ana", "ana123");
        open("promise");
        waitFor(By.id("promise-amount"));
        type("promise-amount", "10000");
        click(By.id("submit-promise"));
        waitFor(By.cssSelector("#promise-feedback .verdict, #promise-feedback p, #promise-feedback li"));
        assertThat(text(By.id("promise-list"))).contains("Pendiente");
        assertAccessible("promise");
        screenshot("19-ana-promise");
    }
}
