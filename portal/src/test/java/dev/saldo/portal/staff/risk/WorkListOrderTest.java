package dev.saldo.portal.staff.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.saldo.domain.debtor.DebtorId;
import org.junit.jupiter.api.Test;

class WorkListOrderTest {

    private static WorkList.DebtorFacts debtor(String id, Histories history) {
        return new WorkList.DebtorFacts(DebtorId.of(id), history.facts());
    }

    @Test
    void a_debtor_who_broke_a_promise_comes_before_a_bigger_older_debt() {
        var big = debtor("big", Histories.history().invoice(150, null).invoice(120, null).invoice(90, null));
        var promiseBreaker = debtor("breaker", Histories.history().invoice(10, null).promise(5, true));

        var items = WorkList.rank(List.of(big, promiseBreaker), Optional.empty(), Map.of());

        assertThat(items).extracting(WorkList.Item::name).containsExactly("breaker", "big");
    }

    @Test
    void among_debtors_without_broken_promises_older_and_larger_debts_come_first() {
        var recent = debtor("recent", Histories.history().invoice(10, null));
        var older = debtor("older", Histories.history().invoice(60, null));
        var olderAndLarger = debtor("older-and-larger", Histories.history().invoice(60, null).invoice(40, null));
        var upToDate = debtor("up-to-date", Histories.history().invoice(30, 0));

        var items = WorkList.rank(List.of(recent, older, olderAndLarger, upToDate), Optional.empty(), Map.of());

        assertThat(items).extracting(WorkList.Item::name).containsExactly("older-and-larger", "older", "recent");
    }

    @Test
    void a_riskier_debtor_comes_first_when_amount_and_age_are_equal() {
        var model = new RiskModel(0, new double[RiskFeature.values().length], new double[RiskFeature.values().length],
                ones());
        model.weights()[RiskFeature.BROKEN_ARRANGEMENTS.ordinal()] = 0;
        model.weights()[RiskFeature.SHARE_ON_TIME.ordinal()] = -0.05;
        var punctual = debtor("punctual", Histories.history().invoice(90, 0).invoice(60, 0).invoice(30, null));
        var late = debtor("late", Histories.history().invoice(90, 50).invoice(60, 40).invoice(30, null));

        var items = WorkList.rank(List.of(punctual, late), Optional.of(model), Map.of());

        assertThat(items).extracting(WorkList.Item::name).containsExactly("late", "punctual");
        assertThat(items.getFirst().risk().orElseThrow()).isGreaterThan(items.getLast().risk().orElseThrow());
    }

    private static double[] ones() {
        var ones = new double[RiskFeature.values().length];
        java.util.Arrays.fill(ones, 1);
        return ones;
    }
}
