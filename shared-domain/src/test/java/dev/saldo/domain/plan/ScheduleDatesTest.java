package dev.saldo.domain.plan;

import static dev.saldo.domain.plan.Policies.TODAY;
import static dev.saldo.domain.plan.Policies.proposal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScheduleDatesTest {

    private static java.util.List<LocalDate> dates(Frequency frequency, LocalDate first, int count) {
        return Schedule.of(proposal(1_200_000, 0, count, frequency, first), TODAY).installments().stream()
                .map(Installment::dueDate).toList();
    }

    @Test
    void monthly_plan_from_the_31st_falls_on_each_months_last_day_and_returns_to_the_31st() {
        assertThat(dates(Frequency.MONTHLY, LocalDate.of(2027, 1, 31), 5)).containsExactly(
                LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31),
                LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 31));
    }

    @Test
    void monthly_plan_from_the_31st_of_january_in_a_leap_year_falls_on_the_29th_of_february() {
        assertThat(dates(Frequency.MONTHLY, LocalDate.of(2028, 1, 31), 2))
                .containsExactly(LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29));
    }

    @Test
    void monthly_plan_from_the_30th_keeps_the_30th_after_february() {
        assertThat(dates(Frequency.MONTHLY, LocalDate.of(2026, 12, 30), 4)).containsExactly(
                LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 30), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 30));
    }

    @Test
    void weekly_and_biweekly_plans_cross_the_year_end_without_gaps() {
        assertThat(dates(Frequency.WEEKLY, LocalDate.of(2026, 12, 24), 3))
                .containsExactly(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 7));
        assertThat(dates(Frequency.BIWEEKLY, LocalDate.of(2026, 12, 24), 3))
                .containsExactly(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 7), LocalDate.of(2027, 1, 21));
    }

    @Test
    void down_payment_is_due_the_day_the_plan_is_made_and_counted_in_the_term() {
        var schedule = Schedule.of(proposal(100_000, 10_000, 3, Frequency.MONTHLY, TODAY.plusDays(7)), TODAY);

        assertThat(schedule.downPayment()).hasValueSatisfying(d -> {
            assertThat(d.dueDate()).isEqualTo(TODAY);
            assertThat(d.amount()).isEqualTo(Policies.clp(10_000));
        });
        assertThat(schedule.installments()).extracting(Installment::amount)
                .containsExactly(Policies.clp(30_000), Policies.clp(30_000), Policies.clp(30_000));
        assertThat(schedule.termDays()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(TODAY, TODAY.plusDays(7).plusMonths(2)));
    }
}
