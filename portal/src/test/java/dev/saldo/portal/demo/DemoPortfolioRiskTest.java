package dev.saldo.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.plan.ArrangementOutcome;
import dev.saldo.portal.staff.risk.DebtorHistory;
import dev.saldo.portal.staff.risk.RiskTraining;
import org.junit.jupiter.api.Test;

/**
 * The demo portfolio's hidden behaviours are a known signal: the risk model trained on its history must
 * rank held-out debtors far better than chance, and must not when the labels are shuffled.
 */
class DemoPortfolioRiskTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static List<DebtorHistory> portfolio(long seed, int debtors) {
        var portfolio = new DemoPortfolio(seed, TODAY);
        var histories = new ArrayList<DebtorHistory>();
        for (int i = 0; i < debtors; i++) {
            var id = DebtorId.of("D" + i);
            var history = portfolio.history(id, portfolio.profile(i), portfolio.behaviour());
            var outcomes = history.promises().stream().map(p -> new ArrangementOutcome(id,
                    ArrangementOutcome.Kind.PROMISE, p.madeOn(), p.date(), !p.kept())).toList();
            histories.add(new DebtorHistory(id, history.invoices(), outcomes, null));
        }
        return histories;
    }

    @Test
    void the_model_ranks_held_out_debtors_well_above_chance_and_above_the_naive_baseline() {
        var trained = RiskTraining.train(portfolio(20261123, 400), TODAY);

        var quality = trained.quality();
        System.out.printf("risk model on 400 demo debtors: %s%n", quality);
        assertThat(quality.testEvents()).isGreaterThan(50);
        assertThat(quality.auc()).isGreaterThan(0.75);
        assertThat(quality.auc()).isGreaterThan(quality.baselineAuc());
    }

    @Test
    void with_shuffled_labels_there_is_nothing_to_learn() {
        var examples = RiskTraining.examples(portfolio(20261123, 400), TODAY);
        var labels = new ArrayList<Integer>(examples.stream().map(RiskTraining.Example::label).toList());
        Collections.shuffle(labels, new Random(42));
        var shuffled = new ArrayList<RiskTraining.Example>();
        for (int i = 0; i < examples.size(); i++) {
            shuffled.add(examples.get(i).withLabel(labels.get(i)));
        }

        var quality = RiskTraining.train(shuffled, TODAY).quality();

        System.out.printf("risk model on shuffled labels: %s%n", quality);
        assertThat(quality.auc()).isBetween(0.4, 0.6);
    }

    @Test
    void the_same_seed_gives_the_same_model() {
        var first = RiskTraining.train(portfolio(5, 120), TODAY);
        var second = RiskTraining.train(portfolio(5, 120), TODAY);

        assertThat(second.quality()).isEqualTo(first.quality());
        assertThat(second.model().weights()).containsExactly(first.model().weights());
    }
}
