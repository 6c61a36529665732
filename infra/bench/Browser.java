import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * (2) memory per debtor UI session: the portal's live objects (jcmd GC.class_histogram) before, halfway
 * and after N debtors have each signed in from their own browser and opened their balance and invoices,
 * all of them still open, with the classes that grew most per session written beside the screenshots.
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
            var before = settledLiveObjects(pid);
            var half = sessions / 2;
            for (int i = 0; i < half; i++) {
                openDebtorScreens(debtors, base, "bench-" + i);
            }
            var middle = settledLiveObjects(pid);
            for (int i = half; i < sessions; i++) {
                openDebtorScreens(debtors, base, "bench-" + i);
            }
            Files.write(shots.resolve("debtor-balance.png"), ((TakesScreenshot) debtors.getLast()).getScreenshotAs(OutputType.BYTES));
            var after = settledLiveObjects(pid);
            // Both halves are reported: the portal also releases things of its own meanwhile (buffers), so the two
            // differ; the figure is the growth over all sessions.
            var firstHalf = (middle.total() - before.total()) / 1024.0 / Math.max(1, half);
            var secondHalf = (after.total() - middle.total()) / 1024.0 / Math.max(1, sessions - half);
            var perSession = (after.total() - before.total()) / 1024.0 / sessions;
            figures.setProperty("sessions", Integer.toString(sessions));
            figures.setProperty("sessions.live.before.kb", Long.toString(before.total() / 1024));
            figures.setProperty("sessions.live.middle.kb", Long.toString(middle.total() / 1024));
            figures.setProperty("sessions.live.after.kb", Long.toString(after.total() / 1024));
            figures.setProperty("sessions.kb.per.session", format(perSession));
            figures.setProperty("sessions.kb.per.session.first.half", format(firstHalf));
            figures.setProperty("sessions.kb.per.session.second.half", format(secondHalf));
            figures.setProperty("sessions.connections", "%d → %d → %d".formatted(before.connections(), middle.connections(),
                    after.connections()));
            Files.writeString(shots.resolve("sessions-histogram.txt"), "Second half:\n"
                    + after.growthSince(middle, sessions - half, 25) + "\nFirst half:\n" + middle.growthSince(before, half, 10)
                    + "\nFirst half, shrinking most:\n" + before.growthSince(middle, half, 10));
            System.out.printf(Locale.ROOT, "debtor sessions: %d open, live objects %d KB → %d KB → %d KB, %.0f KB per "
                    + "session (%.0f in the first half, %.0f in the second)%n", sessions, before.total() / 1024,
                    middle.total() / 1024, after.total() / 1024, perSession, firstHalf, secondHalf);
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

    /** Seconds to wait before each count (BENCH_SETTLE_SECONDS, 30). */
    static final int SETTLE_SECONDS = Integer.parseInt(System.getenv().getOrDefault("BENCH_SETTLE_SECONDS", "30"));

    /**
     * The live objects once the connections of what came before have settled: the staff browser's and the
     * proxy's idle ones are closed over the following seconds, and their socket buffers (some 750 KB in the first
     * run through HAProxy) would otherwise be released in the middle of the sessions measured.
     */
    static Histogram settledLiveObjects(String pid) throws Exception {
        Thread.sleep(SETTLE_SECONDS * 1000L);
        return liveObjects(pid);
    }

    /**
     * The portal's live objects, class by class, from {@code jcmd GC.class_histogram}: it runs a full
     * collection first and counts only what is reachable, byte for byte. (The used heap after a forced GC,
     * which this harness first read, counts whole regions and moved by more than ten sessions take.)
     */
    static Histogram liveObjects(String pid) throws Exception {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(List.of(jcmd, pid, "GC.run"));
        var output = run(List.of(jcmd, pid, "GC.class_histogram"));
        var row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE).matcher(output);
        var bytes = new LinkedHashMap<String, long[]>();
        while (row.find()) {
            bytes.merge(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))},
                    (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        }
        if (bytes.isEmpty()) {
            throw new IllegalStateException("No class histogram in: " + output);
        }
        return new Histogram(bytes);
    }

    /** Instances and bytes per class name. */
    record Histogram(Map<String, long[]> byClass) {

        /**
         * G1 lists the unused ends of its regions as arrays of a filler class: not objects anybody holds, and they
         * moved by 100 KB a session in the first measured run, so they are left out.
         */
        static final String FILLER = "[Ljdk.internal.vm.FillerElement;";

        /** Tomcat's open connections: one socket wrapper each. */
        long connections() {
            return byClass.getOrDefault("org.apache.tomcat.util.net.NioEndpoint$NioSocketWrapper", new long[2])[0];
        }

        long total() {
            return byClass.entrySet().stream().filter(e -> !e.getKey().equals(FILLER)).mapToLong(e -> e.getValue()[1]).sum();
        }

        /** The classes that grew most since {@code before}, per session: what a debtor session is made of. */
        String growthSince(Histogram before, int sessions, int top) {
            var text = new StringBuilder(String.format(Locale.ROOT, "%-80s %12s %12s%n", "class", "objects/s", "bytes/s"));
            byClass.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), new long[] {
                            e.getValue()[0] - before.byClass.getOrDefault(e.getKey(), new long[2])[0],
                            e.getValue()[1] - before.byClass.getOrDefault(e.getKey(), new long[2])[1]}))
                    .filter(e -> !e.getKey().equals(FILLER))
                    .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                    .limit(top)
                    .forEach(e -> text.append(String.format(Locale.ROOT, "%-80s %12.1f %12.0f%n", e.getKey(),
                            e.getValue()[0] / (double) sessions, e.getValue()[1] / (double) sessions)));
            return text.toString();
        }
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
