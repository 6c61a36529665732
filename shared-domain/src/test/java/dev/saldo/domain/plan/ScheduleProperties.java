package dev.saldo.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saldo.domain.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Generated proposals (fixed seed, so a failure repeats) against what every schedule must satisfy. */
class ScheduleProperties {

    private static final int COUNT = 500;
    private static final List<Currency> CURRENCIES = Stream.of("CLP", "USD", "EUR", "MXN", "JPY", "KWD")
            .map(Currency::getInstance).toList();

    static Stream<Arguments> proposals() {
        var random = new Random(20261123L);
        return IntStream.range(0, COUNT).mapToObj(i -> {
            var currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
            var count = 1 + random.nextInt(random.nextBoolean() ? 6 : 60);
            var totalMinor = count + (long) (random.nextDouble() * (random.nextBoolean() ? 1_000 : 50_000_000L));
            var downMinor = random.nextInt(3) == 0 ? 0 : (long) (random.nextDouble() * (totalMinor - count));
            // First dates cluster on month ends and leap years, where calendars go wrong.
            var month = YearMonth.of(2024 + random.nextInt(6), 1 + random.nextInt(12));
            var first = random.nextBoolean() ? month.atEndOfMonth().minusDays(random.nextInt(3)) : month.atDay(1 + random.nextInt(28));
            var frequency = Frequency.values()[random.nextInt(3)];
            return Arguments.of(Proposal.of(Money.ofMinor(totalMinor, currency), Money.ofMinor(downMinor, currency), count,
                    frequency, first));
        });
    }

    @ParameterizedTest
    @MethodSource("proposals")
    void payments_add_up_exactly_to_the_total(Proposal proposal) {
        var schedule = Schedule.of(proposal, proposal.firstDate().minusDays(1));

        assertThat(schedule.total()).isEqualTo(proposal.total());
        assertThat(schedule.installments()).hasSize(proposal.installments());
    }

    @ParameterizedTest
    @MethodSource("proposals")
    void installments_are_equal_but_the_last_which_carries_the_remainder(Proposal proposal) {
        var amounts = Schedule.of(proposal, proposal.firstDate()).installments().stream().map(Installment::amount).toList();
        var first = amounts.getFirst();

        assertThat(amounts.subList(0, amounts.size() - 1)).allSatisfy(a -> assertThat(a).isEqualTo(first));
        assertThat(amounts.getLast().minus(first).minorUnits())
                .isEqualTo(proposal.financed().minorUnits() % proposal.installments());
        assertThat(amounts).allSatisfy(a -> assertThat(a.isPositive()).isTrue());
    }

    @ParameterizedTest
    @MethodSource("proposals")
    void due_dates_are_one_period_apart_and_skip_nothing(Proposal proposal) {
        var dates = Schedule.of(proposal, proposal.firstDate()).installments().stream().map(Installment::dueDate).toList();

        assertThat(dates.getFirst()).isEqualTo(proposal.firstDate());
        for (int i = 1; i < dates.size(); i++) {
            var previous = dates.get(i - 1);
            var current = dates.get(i);
            switch (proposal.frequency()) {
                case WEEKLY -> assertThat(ChronoUnit.DAYS.between(previous, current)).isEqualTo(7);
                case BIWEEKLY -> assertThat(ChronoUnit.DAYS.between(previous, current)).isEqualTo(14);
                case MONTHLY -> {
                    assertThat(YearMonth.from(current)).isEqualTo(YearMonth.from(previous).plusMonths(1));
                    var wanted = proposal.firstDate().getDayOfMonth();
                    assertThat(current.getDayOfMonth()).isEqualTo(Math.min(wanted, YearMonth.from(current).lengthOfMonth()));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("proposals")
    void the_term_runs_to_the_last_due_date(Proposal proposal) {
        LocalDate madeOn = proposal.firstDate().minusDays(3);
        var schedule = Schedule.of(proposal, madeOn);

        assertThat(schedule.lastDate()).isEqualTo(proposal.frequency().dueDate(proposal.firstDate(), proposal.installments() - 1));
        assertThat(schedule.termDays()).isEqualTo(ChronoUnit.DAYS.between(madeOn, schedule.lastDate()));
    }

    @ParameterizedTest
    @MethodSource("proposals")
    void any_alternative_the_policy_offers_is_allowed_and_keeps_the_debt(Proposal proposal) {
        var currency = proposal.total().currency();
        var policy = new CollectionPolicy(currency, 12, 365, Money.ofMinor(1_000, currency), 10,
                CollectionPolicy.anyFrequency(), 30, 5, 30, new CollectionPolicy.AutoApproval(90, 20, 12));
        var today = proposal.firstDate().minusDays(10);

        var verdict = policy.evaluate(proposal, DebtorStanding.clean(), today);

        verdict.alternative().ifPresent(alternative -> {
            assertThat(alternative.total()).isEqualTo(proposal.total());
            assertThat(policy.evaluate(alternative, DebtorStanding.clean(), today).isAllowed()).isTrue();
        });
        if (verdict.outcome() != Outcome.NOT_ALLOWED) {
            assertThat(verdict.alternative()).isEmpty();
        }
    }
}
