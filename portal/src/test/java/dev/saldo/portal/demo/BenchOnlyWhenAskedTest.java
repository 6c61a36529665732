package dev.saldo.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Nothing of the benchmark exists in a normal run: only run.sh sets {@code saldo.bench.debtors}. */
class BenchOnlyWhenAskedTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(BenchSettings.class, () -> new BenchSettings(null, 10, 100, 100, null, 1))
            .withUserConfiguration(BenchReport.class);

    @Test
    void a_normal_run_has_no_benchmark_beans() {
        context.run(started -> assertThat(started).doesNotHaveBean(BenchReport.class));
    }

    @Test
    void the_benchmark_beans_exist_when_the_harness_asks_for_debtors() {
        context.withPropertyValues("saldo.bench.debtors=10")
                .run(started -> assertThat(started).hasSingleBean(BenchReport.class));
    }
}
