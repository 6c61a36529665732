package dev.saldo.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saldo.portal.invoice.PortfolioFigures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** Carla, an agent, lands on the portfolio overview; a debtor cannot open it. */
class StaffJourneyIT extends BrowserTest {

    @Autowired
    PortfolioFigures figures;

    @Test
    void an_agent_lands_on_the_portfolio_with_every_currency_and_a_debtor_is_refused_it() {
        signInAs("carla", "carla123");
        var grid = waitFor(By.id("portfolio-grid"));
        assertThat(java.net.URI.create(driver.getCurrentUrl()).getPath()).isEqualTo("/staff");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Portafolio");
        var currencies = figures.byCurrency();
        assertThat(currencies).extracting(f -> f.currency().getCurrencyCode()).contains("CLP", "MXN", "COP", "EUR", "USD");
        for (var currency : currencies) {
            assertThat(grid.getText()).contains(currency.currency().getCurrencyCode());
        }
        assertThat(driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")))
                .extracting(item -> item.getAttribute("path")).containsExactly("staff");
        assertAccessible("portfolio");
        screenshot("10-staff-portfolio-es");

        signInAs("ana", "ana123");
        waitFor(By.id("total-CLP-value"));
        open("staff");
        assertThat(driver.findElements(By.id("portfolio-grid"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain("portfolio-grid");
    }
}
