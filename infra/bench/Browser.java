import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser half of the benchmark, in headless Chromium through Selenium (the portal's test classpath):
 * (1) the staff dashboard's load time as a supervisor sees it, navigation to rendered and idle;
 * (2) heap per debtor UI session: the portal's heap after a forced GC (jcmd GC.run), before and after
 * N debtors have each signed in from their own browser and opened their balance and invoices, all of
 * them still open.
 *
 * java -cp TEST_CLASSPATH infra/bench/Browser.java BASE_URL PORTAL_PID SESSIONS OUT.properties SCREENSHOT_DIR
 */
public class Browser {

    static final Duration TIMEOUT = Duration.ofSeconds(120);

    public static void main(String[] args) throws Exception {
        var base = args[0];
        var pid = args[1];
        var sessions = Integer.parseInt(args[2]);
        var out = Path.of(args[3]);
        var shots = Path.of(args[4]);
        Files.createDirectories(shots);
        System.setProperty("webdriver.chrome.driver", System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        var figures = new Properties();

        var staff = open();
        try {
            signIn(staff, base, "bench-staff");
            var times = new ArrayList<Double>();
            for (int i = 0; i < 5; i++) {
                var started = System.nanoTime();
                staff.get(base + "/staff");
                waitForVaadin(staff);
                times.add((System.nanoTime() - started) / 1e6);
            }
            Files.write(shots.resolve("dashboard.png"), ((TakesScreenshot) staff).getScreenshotAs(OutputType.BYTES));
            times.sort(null);
            figures.setProperty("dashboard.first.ms", format(times.getFirst()));
            figures.setProperty("dashboard.median.ms", format(times.get(times.size() / 2)));
            System.out.printf(Locale.ROOT, "staff dashboard: median %.0f ms over %d loads%n", times.get(times.size() / 2), times.size());
        } finally {
            staff.quit();
        }

        var debtors = new ArrayList<WebDriver>();
        try {
            // One session first, not counted: what the first debtor screen loads once for everybody (classes,
            // templates, caches) must not be charged to the sessions measured.
            openDebtorScreens(debtors, base, "bench-" + sessions);
            var before = heapAfterGc(pid);
            for (int i = 0; i < sessions; i++) {
                openDebtorScreens(debtors, base, "bench-" + i);
            }
            Files.write(shots.resolve("debtor-balance.png"), ((TakesScreenshot) debtors.getLast()).getScreenshotAs(OutputType.BYTES));
            var after = heapAfterGc(pid);
            var perSession = (after - before) / (double) sessions;
            figures.setProperty("sessions", Integer.toString(sessions));
            figures.setProperty("sessions.heap.before.kb", Long.toString(before));
            figures.setProperty("sessions.heap.after.kb", Long.toString(after));
            figures.setProperty("sessions.kb.per.session", format(perSession));
            System.out.printf(Locale.ROOT, "debtor sessions: %d open, heap after GC %d KB → %d KB, %.0f KB per session%n",
                    sessions, before, after, perSession);
        } finally {
            debtors.forEach(WebDriver::quit);
        }
        try (Writer writer = Files.newBufferedWriter(out)) {
            figures.store(writer, "Browser " + String.join(" ", args));
        }
    }

    static WebDriver open() throws IOException {
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("saldo.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=es-CL",
                "--user-data-dir=" + Files.createTempDirectory("saldo-bench-chromium"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "es-CL,es"));
        var driver = new ChromeDriver(options);
        driver.manage().timeouts().pageLoadTimeout(TIMEOUT);
        return driver;
    }

    static void signIn(WebDriver driver, String base, String username) {
        driver.get(base + "/");
        new WebDriverWait(driver, TIMEOUT).until(d -> !d.findElements(By.cssSelector("vaadin-login-form input[name='username']")).isEmpty());
        waitForVaadin(driver);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("bench-secret");
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button")).click();
        new WebDriverWait(driver, TIMEOUT).until(d -> d.findElements(By.cssSelector("vaadin-login-form")).isEmpty());
        waitForVaadin(driver);
    }

    static void waitForVaadin(WebDriver driver) {
        new WebDriverWait(driver, TIMEOUT).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                if (document.readyState !== 'complete') return false;
                if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return false;
                return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());
                """));
    }

    /** A new browser, signed in as {@code username}, on Facturas and then Saldo, left open. */
    private static void openDebtorScreens(List<WebDriver> open, String base, String username) throws IOException {
        var driver = open();
        open.add(driver);
        signIn(driver, base, username);
        driver.get(base + "/invoices");
        waitForVaadin(driver);
        driver.get(base + "/balance");
        waitForVaadin(driver);
    }

    /** Used heap in KB after two forced full collections in the portal's JVM. */
    static long heapAfterGc(String pid) throws Exception {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(List.of(jcmd, pid, "GC.run"));
        Thread.sleep(500);
        run(List.of(jcmd, pid, "GC.run"));
        var info = run(List.of(jcmd, pid, "GC.heap_info"));
        var used = Pattern.compile("garbage-first heap .*?used (\\d+)K").matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("No heap figure in: " + info);
        }
        return Long.parseLong(used.group(1));
    }

    static String run(List<String> command) throws Exception {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
