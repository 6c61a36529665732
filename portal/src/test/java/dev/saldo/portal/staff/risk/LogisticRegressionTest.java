package dev.saldo.portal.staff.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    @Test
    void it_recovers_the_direction_and_size_of_a_known_effect() {
        var random = new Random(7);
        int n = 4000;
        var x = new double[n][2];
        var y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = random.nextGaussian();
            x[i][1] = random.nextGaussian();
            y[i] = random.nextDouble() < RiskModel.sigmoid(-0.5 + 2 * x[i][0]) ? 1 : 0;
        }

        var model = LogisticRegression.fit(x, y, 0.01);

        // Standardised weight ≈ true weight × the feature's standard deviation (≈ 1 here).
        assertThat(model.weights()[0]).isCloseTo(2, within(0.25));
        assertThat(model.weights()[1]).isCloseTo(0, within(0.15));
        assertThat(model.probability(new double[] {1, 0})).isGreaterThan(model.probability(new double[] {-1, 0}));
    }

    @Test
    void auc_is_one_for_a_perfect_ranking_a_half_for_ties_and_zero_for_a_reversed_one() {
        var labels = new int[] {0, 0, 1, 1};

        assertThat(Auc.of(new double[] {0.1, 0.2, 0.8, 0.9}, labels)).isEqualTo(1.0);
        assertThat(Auc.of(new double[] {0.5, 0.5, 0.5, 0.5}, labels)).isEqualTo(0.5);
        assertThat(Auc.of(new double[] {0.9, 0.8, 0.2, 0.1}, labels)).isEqualTo(0.0);
        assertThat(Auc.of(new double[] {0.1, 0.2}, new int[] {0, 0})).isNaN();
    }

    @Test
    void the_linear_solver_solves_a_small_system() {
        var solution = LogisticRegression.solve(new double[][] {{2, 1}, {1, 3}}, new double[] {3, 5});

        assertThat(solution[0]).isCloseTo(0.8, within(1e-9));
        assertThat(solution[1]).isCloseTo(1.4, within(1e-9));
    }
}
