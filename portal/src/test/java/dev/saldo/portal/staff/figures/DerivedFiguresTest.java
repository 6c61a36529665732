package dev.saldo.portal.staff.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.LongStream;

import dev.saldo.domain.invoice.AgingBucket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** DSO by countback, the collection rate and the due-date ranges behind each aging bucket. */
class DerivedFiguresTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void dso_counts_back_whole_months_then_the_fraction_of_the_month_that_covers_the_rest() {
        var tally = new Tally("CLP");
        tally.plus(billed("2026-11", 1_000)).plus(billed("2026-10", 3_100)).plus(billed("2026-09", 6_000));
        // 1 000 of November covers its 20 days, 3 100 of October its 31, the remaining 3 000 is half of September's 30.
        assertThat(PortfolioDashboard.daysSalesOutstanding(tally, 7_100, TODAY)).hasValue(20 + 31 + 15);
    }

    @Test
    void dso_is_zero_with_nothing_receivable_and_unknown_when_billing_never_covers_it() {
        var tally = new Tally("CLP").plus(billed("2026-11", 100));
        assertThat(PortfolioDashboard.daysSalesOutstanding(tally, 0, TODAY)).hasValue(0);
        assertThat(PortfolioDashboard.daysSalesOutstanding(tally, 1_000, TODAY)).isEmpty();
    }

    @Test
    void collection_rate_is_what_came_in_over_the_window_against_that_plus_what_is_still_owed() {
        var tally = new Tally("EUR").plus(collected(TODAY, 300)).plus(collected(TODAY.minusDays(29), 100))
                .plus(collected(TODAY.minusDays(30), 400)).plus(collected(TODAY.minusDays(89), 200));
        assertThat(PortfolioDashboard.collectionRate(tally, 600, TODAY, 30)).hasValue(40);
        assertThat(PortfolioDashboard.collectionRate(tally, 600, TODAY, 90)).hasValue(63);
        assertThat(PortfolioDashboard.collectionRate(new Tally("EUR"), 0, TODAY, 30)).isEmpty();
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 20);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void an_invoice_is_in_a_buckets_due_date_range_exactly_when_its_days_overdue_put_it_there(long seed) {
        var random = new Random(seed);
        for (int i = 0; i < 500; i++) {
            var day = TODAY.plusDays(random.nextInt(4000) - 2000);
            var due = day.plusDays(random.nextInt(400) - 300);
            var expected = AgingBucket.forDaysOverdue(day.toEpochDay() - due.toEpochDay());
            for (var bucket : AgingBucket.values()) {
                var range = AgingRange.of(bucket, day);
                var inside = (range.dueFrom() == null || !due.isBefore(range.dueFrom()))
                        && (range.dueTo() == null || !due.isAfter(range.dueTo()));
                assertThat(inside).as("%s due %s on %s", bucket, due, day).isEqualTo(bucket == expected);
            }
            assertThat(AgingRange.fromSlug(AgingRange.slug(expected))).isEqualTo(expected);
        }
    }

    private static Tally billed(String month, long amount) {
        var tally = new Tally("CLP");
        var doc = new TallyDocument("CLP", null, null, java.util.Map.of(month, amount), null);
        return tally.plus(Tally.of(doc));
    }

    private static Tally collected(LocalDate day, long amount) {
        return Tally.of(new TallyDocument("EUR", null, null, null, java.util.Map.of(day.toString(), amount)));
    }
}
