package dev.saldo.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Starts the portal on a random port over a fresh embedded database with the demo portfolio, and
 * drives Debian's Chromium through it headless. Every page a journey looks at can be checked with
 * axe-core; serious and critical violations fail the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** Numbers the Spring contexts browser tests create, so each gets its own database file. */
    private static final java.util.concurrent.atomic.AtomicInteger CONTEXTS = new java.util.concurrent.atomic.AtomicInteger();

    protected static WebDriver driver;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        // Called once per context Spring builds (a cached context, and its database, outlives a test
        // class); subclasses with other properties (Keycloak, SMTP) get a context and a file of their own.
        var dir = Path.of("target", "it-data", "browser-" + ProcessHandle.current().pid() + "-" + CONTEXTS.incrementAndGet());
        registry.add("saldo.database.data-dir", dir::toString);
        registry.add("saldo.demo.enabled", () -> "true");
    }

    @BeforeAll
    static void startBrowser(@TempDir Path profile) {
        System.setProperty("webdriver.chrome.driver", System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("saldo.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=es-CL", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "es-CL,es"));
        driver = new ChromeDriver(options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path.replaceFirst("^/", "");
    }

    protected void open(String path) {
        driver.get(url(path));
        waitForVaadin();
    }

    /** Waits until Vaadin has booted and no server round trip is in flight. */
    protected void waitForVaadin() {
        new WebDriverWait(driver, TIMEOUT).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                if (document.readyState !== 'complete') return false;
                if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return false;
                return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());
                """));
    }

    protected WebElement waitFor(By locator) {
        return new WebDriverWait(driver, TIMEOUT).until(d -> {
            var found = d.findElements(locator);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    protected void click(By locator) {
        waitFor(locator).click();
        waitForVaadin();
    }

    /** An element's visible text as a person reads it (Selenium turns no-break spaces into spaces). */
    protected String text(By locator) {
        return waitFor(locator).getText();
    }

    /** How a formatted value reads on screen: no-break spaces become plain spaces, as getText() gives them. */
    protected static String asShown(String formatted) {
        return formatted.replace('\u00A0', ' ');
    }

    protected void signOutEverywhere() {
        driver.manage().deleteAllCookies();
    }

    /** Saves a screenshot under target/screenshots to be looked at; returns its path. */
    protected Path screenshot(String name) {
        var dir = Path.of(System.getProperty("saldo.screenshots.dir", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            var target = dir.resolve(name + ".png");
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core on the current page; serious or critical violations fail with their description. */
    protected void assertAccessible(String page) {
        var results = new AxeBuilder().analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(blocking).as(() -> page + " has accessibility violations:\n" + blocking.stream()
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"))).isEmpty();
    }
}
