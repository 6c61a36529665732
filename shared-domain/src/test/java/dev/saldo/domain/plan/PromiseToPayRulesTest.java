package dev.saldo.domain.plan;

import static dev.saldo.domain.plan.Policies.TODAY;
import static dev.saldo.domain.plan.Policies.clp;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromiseToPayRulesTest {

    private final CollectionPolicy policy = Policies.clp();

    @Test
    void promise_of_part_of_the_debt_within_the_window_is_accepted() {
        assertThat(policy.evaluatePromise(clp(50_000), TODAY.plusDays(30), clp(237_240), TODAY).outcome())
                .isEqualTo(Outcome.AUTO_APPROVED);
    }

    @Test
    void promise_after_the_window_is_refused_naming_the_latest_date() {
        var verdict = policy.evaluatePromise(clp(50_000), TODAY.plusDays(31), clp(237_240), TODAY);

        assertThat(verdict.reasons()).containsExactly(Reason.of("promise.rule.date-late", TODAY.plusDays(30)));
    }

    @Test
    void promise_for_a_past_date_is_refused() {
        var verdict = policy.evaluatePromise(clp(50_000), TODAY.minusDays(1), clp(237_240), TODAY);

        assertThat(verdict.reasons()).containsExactly(Reason.of("promise.rule.date-past", TODAY));
    }

    @Test
    void promise_of_more_than_is_owed_is_refused_naming_what_is_owed() {
        var verdict = policy.evaluatePromise(clp(300_000), TODAY.plusDays(3), clp(237_240), TODAY);

        assertThat(verdict.reasons()).containsExactly(Reason.of("promise.rule.more-than-owed", clp(237_240)));
    }

    @Test
    void promise_below_the_minimum_is_refused_unless_it_pays_everything() {
        assertThat(policy.evaluatePromise(clp(5_000), TODAY.plusDays(3), clp(237_240), TODAY).reasons())
                .containsExactly(Reason.of("promise.rule.min-amount", clp(10_000)));
        assertThat(policy.evaluatePromise(clp(5_000), TODAY.plusDays(3), clp(5_000), TODAY).isAllowed()).isTrue();
    }

    @Test
    void promise_of_nothing_is_refused() {
        assertThat(policy.evaluatePromise(clp(0), TODAY, clp(237_240), TODAY).reasons())
                .extracting(Reason::key).containsExactly("promise.rule.amount-positive");
        assertThat(policy.evaluatePromise(clp(10), TODAY, clp(0), TODAY).reasons())
                .extracting(Reason::key).containsExactly("promise.rule.nothing-owed");
    }
}
