package dev.saldo.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * Ana edits her contact record (a wrong phone is marked on its field, nothing saved), reads her history with
 * the demo's message and dispute; Carla finds Ana by her ERP code and sees the debtor 360 with the open dispute.
 */
class ContactAndHistoryJourneyIT extends BrowserTest {

    @Test
    void a_debtor_sees_field_errors_and_her_history_and_staff_see_the_debtor_360() {
        signInAs("ana", "ana123");
        open("contact");
        waitFor(By.id("contact-phone"));
        assertThat(driver.findElement(By.cssSelector("#contact-phone input")).getAttribute("value")).startsWith("+569");
        assertAccessible("contact");
        screenshot("60-contact-es");

        var phone = driver.findElement(By.cssSelector("#contact-phone input"));
        phone.sendKeys(Keys.chord(Keys.CONTROL, "a"), "9 1234 5678");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                driver.findElement(By.id("contact-save")));
        click(By.id("contact-save"));
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0); document.querySelector('main').scrollIntoView()");
        waitFor(By.id("contact-refused"));
        assertThat(driver.findElement(By.id("contact-phone")).getAttribute("invalid")).isNotNull();
        assertThat(text(By.id("contact-phone"))).contains("+56912345678");
        screenshot("61-contact-errors-es");

        open("history");
        waitFor(By.id("timeline-grid"));
        assertThat(text(By.id("open-disputes"))).contains("Reclamo en revisión");
        assertAccessible("history");
        screenshot("62-history-es");

        signInAs("carla", "carla123");
        open("staff/debtors");
        waitFor(By.id("debtor-search"));
        driver.findElement(By.cssSelector("#debtor-search input")).sendKeys("DEMO-ANA");
        click(By.id("debtor-search-go"));
        waitFor(By.id("debtor360-name"));
        assertThat(text(By.id("debtor360-name"))).isEqualTo("Ana Martínez Rojas");
        assertThat(text(By.id("debtor360-disputes"))).contains("El monto no es correcto");
        assertAccessible("debtor 360");
        screenshot("63-debtor360-es");
    }
}
