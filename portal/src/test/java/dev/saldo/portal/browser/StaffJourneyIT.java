package dev.saldo.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saldo.domain.invoice.AgingBucket;
import dev.saldo.portal.staff.figures.PortfolioDashboard;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Diego, a supervisor, opens the portfolio dashboard, sees its charts drawn and drills into the
 * 61–90 days bucket; Carla, an agent, gets the dashboard without the supervisor's rebuild button; a
 * debtor is refused it.
 */
class StaffJourneyIT extends BrowserTest {

    @Autowired
    PortfolioDashboard dashboard;

    @Test
    void a_supervisor_sees_the_charts_and_drills_into_the_61_to_90_days_bucket() {
        signOutEverywhere();
        open("");
        waitFor(LoginPage.FORM);
        new LoginPage(driver).signIn("diego", "diego123");
        waitForVaadin();
        waitFor(By.id("aging-chart"));
        assertThat(java.net.URI.create(driver.getCurrentUrl()).getPath()).isEqualTo("/staff");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Portafolio");

        var figures = dashboard.figures();
        assertThat(figures).extracting(f -> f.currency().getCurrencyCode()).contains("CLP", "MXN", "COP", "EUR", "USD");
        var aging = driver.findElement(By.cssSelector("#aging-chart svg"));
        assertThat(aging.getAttribute("role")).isEqualTo("img");
        assertThat(aging.getAttribute("aria-label")).contains("CLP", "USD");
        assertThat(aging.findElements(By.cssSelector("rect, path")).size()).as("bars drawn").isGreaterThan(20);
        assertThat(aging.getSize().getHeight()).as("the chart takes room on the page").isGreaterThan(150);
        assertThat(driver.findElements(By.cssSelector("#history-chart svg path"))).isNotEmpty();
        assertThat(driver.findElements(By.id("rebuild-figures"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")))
                .extracting(item -> item.getAttribute("path")).containsExactly("staff", "staff/work-list", "staff/proposals",
                        "staff/transfers", "staff/debtors", "staff/fees/waivers", "staff/reminders/outbox", "staff/policies", "staff/fees",
                        "staff/reminders", "staff/import",
                        "staff/audit", "staff/erasure");
        assertAccessible("dashboard");
        screenshot("10-staff-dashboard-es");

        click(By.id("currency-tab-CLP"));
        scrollTo(By.id("currency-tabs"));
        var clp = figures.stream().filter(f -> f.currency().getCurrencyCode().equals("CLP")).findFirst().orElseThrow();
        var late = clp.bucket(AgingBucket.DAYS_61_90);
        assertThat(text(By.id("bucket-row-61-90"))).contains(Long.toString(late.invoices()));
        screenshot("11-staff-dashboard-clp");

        scrollTo(By.id("bucket-61-90"));
        click(By.id("bucket-61-90"));
        waitFor(By.id("bucket-grid"));
        assertThat(java.net.URI.create(driver.getCurrentUrl()).getPath()).isEqualTo("/staff/aging/CLP/61-90");
        assertThat(text(By.id("drill-title"))).isEqualTo("61 a 90 días · CLP");
        var cells = driver.findElements(By.cssSelector("#bucket-grid vaadin-grid-cell-content"));
        var pageText = cells.stream().map(c -> c.getText()).toList();
        assertThat(pageText).as("Ana's invoice 72 days overdue is in the bucket").contains("Ana Martínez Rojas", "72");
        assertAccessible("aging bucket");
        screenshot("12-staff-aging-61-90");
    }

    @Test
    void a_supervisor_sees_who_to_contact_today_with_reasons_and_how_good_the_risk_model_is() {
        signOutEverywhere();
        open("");
        waitFor(LoginPage.FORM);
        new LoginPage(driver).signIn("diego", "diego123");
        waitForVaadin();
        open("staff/work-list");
        waitFor(By.id("work-list-grid"));

        assertThat(text(By.tagName("h1"))).isEqualTo("Lista de trabajo de hoy");
        assertThat(text(By.id("model-quality"))).contains("AUC", "Reentrenar ahora");
        var cells = driver.findElements(By.cssSelector("#work-list-grid vaadin-grid-cell-content")).stream()
                .map(c -> c.getText()).toList();
        assertThat(cells).as("segments are named").anyMatch(t -> t.startsWith("Crónico") || t.startsWith("Intencional"));
        assertThat(cells).as("reasons are worded").anyMatch(t -> t.contains("Riesgo:"));
        assertThat(cells).as("broken promises come first").anyMatch(t -> t.contains("contactar primero"));
        assertAccessible("work list");
        screenshot("13-staff-work-list-es");

        click(By.cssSelector("#work-list-grid .work-debtor a"));
        waitFor(By.id("case-summary"));
        assertThat(text(By.id("case-summary"))).contains("Segmento:");
        assertThat(driver.findElements(By.id("case-file"))).hasSize(1);
        screenshot("14-staff-debtor-case");
        driver.findElement(By.cssSelector("#escalation-note input")).sendKeys("Sin respuesta a tres cartas");
        click(By.id("escalate"));
        waitFor(By.id("case-escalated"));
        assertThat(text(By.id("case-escalated"))).contains("Agencia de cobranza", "diego");
        assertThat(driver.findElements(By.id("reverse-escalation"))).hasSize(1);
        assertAccessible("debtor case");
        screenshot("15-staff-debtor-escalated");

        signOutEverywhere();
        open("");
        waitFor(LoginPage.FORM);
        new LoginPage(driver).signIn("carla", "carla123");
        waitForVaadin();
        open("staff/work-list");
        waitFor(By.id("work-list-grid"));
        assertThat(driver.findElements(By.id("model-quality"))).as("model quality is for supervisors").isEmpty();
    }

    private void scrollTo(By locator) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'start'})", waitFor(locator));
    }

    @Test
    void an_agent_gets_the_dashboard_without_the_rebuild_button_and_a_debtor_is_refused_it() {
        signOutEverywhere();
        open("");
        waitFor(LoginPage.FORM);
        new LoginPage(driver).signIn("carla", "carla123");
        waitForVaadin();
        waitFor(By.id("aging-chart"));
        assertThat(driver.findElements(By.id("rebuild-figures"))).isEmpty();

        signOutEverywhere();
        open("");
        waitFor(LoginPage.FORM);
        new LoginPage(driver).signIn("ana", "ana123");
        waitForVaadin();
        waitFor(By.id("total-CLP-value"));
        open("staff");
        assertThat(driver.findElements(By.id("aging-chart"))).isEmpty();
        open("staff/aging/CLP/61-90");
        assertThat(driver.findElements(By.id("bucket-grid"))).isEmpty();
    }
}
