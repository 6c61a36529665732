package dev.saldo.portal.demo;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The benchmark portfolio ({@code infra/bench/run.sh}); nothing of it exists unless {@code debtors} is set.
 *
 * @param debtors           how many generated debtors; unset (the normal case) means no benchmark data at all
 * @param invoicesPerDebtor average invoices per debtor (each has 1 to twice this minus one)
 * @param accounts          debtors given a sign-in ({@code bench-0}… with {@link #PASSWORD}), spread over the portfolio
 * @param plans             debtors who get an auto-approved installment plan
 * @param report            a properties file the harness reads: generation figures, then job timings
 * @param seed              random seed, so every run generates the same portfolio
 */
@ConfigurationProperties("saldo.bench")
record BenchSettings(Integer debtors, @DefaultValue("10") int invoicesPerDebtor, @DefaultValue("100") int accounts,
        @DefaultValue("100") int plans, Path report, @DefaultValue("20261123") long seed) {

    static final String PASSWORD = "bench-secret";
    static final String STAFF = "bench-staff";
}
