package dev.saldo.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.AgingBucket;
import dev.saldo.domain.invoice.Invoice;
import org.junit.jupiter.api.Test;

class BenchPortfolioTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void the_benchmark_portfolio_fills_every_aging_bucket_with_paid_part_paid_and_open_invoices() {
        var invoices = generate(20261123L, 2000, 10);

        var buckets = EnumSet.noneOf(AgingBucket.class);
        invoices.stream().filter(i -> !i.isPaid()).forEach(i -> buckets.add(i.agingBucket(TODAY)));
        assertThat(buckets).containsExactlyInAnyOrder(AgingBucket.values());
        var paid = invoices.stream().filter(Invoice::isPaid).count() / (double) invoices.size();
        var partly = invoices.stream().filter(Invoice::isPartiallyPaid).count() / (double) invoices.size();
        assertThat(paid).isBetween(0.15, 0.40);
        assertThat(partly).isBetween(0.03, 0.15);
        assertThat(invoices.size() / 2000.0).isBetween(9.0, 11.0);
        assertThat(invoices).allSatisfy(i -> assertThat(i.dueDate()).isBetween(TODAY.minusDays(155), TODAY.plusDays(45)));
        var currencies = new HashSet<String>();
        invoices.forEach(i -> currencies.add(i.currency().getCurrencyCode()));
        assertThat(currencies).contains("CLP", "MXN", "COP", "EUR", "USD");
    }

    @Test
    void a_debtor_has_between_one_and_twice_the_average_less_one_invoices() {
        var portfolio = new BenchPortfolio(7, TODAY, 3);
        for (int i = 0; i < 300; i++) {
            var count = portfolio.invoices(DebtorId.of("d" + i), portfolio.profile(i)).size();
            assertThat(count).isBetween(1, 5);
        }
    }

    @Test
    void the_same_seed_generates_the_same_portfolio() {
        var first = generate(42, 50, 4);
        var second = generate(42, 50, 4);

        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).number()).isEqualTo(first.get(i).number());
            assertThat(second.get(i).dueDate()).isEqualTo(first.get(i).dueDate());
            assertThat(second.get(i).openBalance()).isEqualTo(first.get(i).openBalance());
        }
        assertThat(new BenchPortfolio(42, TODAY, 4).debtor(7, new BenchPortfolio(42, TODAY, 4).profile(0)).externalId())
                .isEqualTo("BENCH-0000007");
    }

    private static List<Invoice> generate(long seed, int debtors, int perDebtor) {
        var portfolio = new BenchPortfolio(seed, TODAY, perDebtor);
        var invoices = new ArrayList<Invoice>();
        for (int i = 0; i < debtors; i++) {
            invoices.addAll(portfolio.invoices(DebtorId.of("debtor-" + i), portfolio.profile(i)));
        }
        return invoices;
    }
}
