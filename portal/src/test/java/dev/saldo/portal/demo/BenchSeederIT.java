package dev.saldo.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import dev.saldo.portal.EmbeddedTestDatabase;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.identity.AccountDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The benchmark portfolio, generated at start-up when {@code saldo.bench.debtors} is set, as run.sh does. */
@SpringBootTest
class BenchSeederIT {

    private static final Path REPORT;

    static {
        try {
            REPORT = Files.createTempDirectory("bench-report").resolve("portal.properties");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void benchmark(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "bench");
        registry.add("saldo.demo.enabled", () -> "false");
        registry.add("saldo.bench.debtors", () -> "40");
        registry.add("saldo.bench.invoices-per-debtor", () -> "4");
        registry.add("saldo.bench.accounts", () -> "5");
        registry.add("saldo.bench.plans", () -> "6");
        registry.add("saldo.bench.report", REPORT::toString);
    }

    @Autowired
    DebtorDirectory debtors;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    BenchJobs jobs;

    @Autowired
    java.time.Clock clock;

    @Test
    void the_harness_finds_the_portfolio_its_sign_ins_and_the_daily_jobs_timed() throws IOException {
        var report = read();
        assertThat(debtors.count()).isEqualTo(40);
        assertThat(report.getProperty("generated")).isEqualTo("true");
        assertThat(Integer.parseInt(report.getProperty("invoices"))).isBetween(40, 40 * 7);
        assertThat(report.getProperty("accounts")).isEqualTo("5");
        assertThat(accounts.usernameTaken("bench-4")).isTrue();
        assertThat(accounts.usernameTaken("bench-5")).isFalse();
        assertThat(accounts.usernameTaken(BenchSettings.STAFF)).isTrue();
        assertThat(Integer.parseInt(report.getProperty("plans"))).isPositive();

        jobs.runAll(java.time.LocalDate.now(clock));

        var timed = read();
        assertThat(timed.getProperty("jobs.done")).isEqualTo("true");
        assertThat(Integer.parseInt(timed.getProperty("jobs.fees.first.handled"))).isPositive();
        assertThat(timed.getProperty("jobs.fees.again.handled")).isEqualTo("0");
        assertThat(Integer.parseInt(timed.getProperty("jobs.lifecycle.day45.handled"))).isPositive();
        assertThat(timed.getProperty("jobs.rebuild.handled")).isEqualTo(report.getProperty("invoices"));
    }

    private static Properties read() throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(REPORT)) {
            properties.load(reader);
        }
        return properties;
    }
}
