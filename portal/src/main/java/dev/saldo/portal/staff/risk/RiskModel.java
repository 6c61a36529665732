package dev.saldo.portal.staff.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A fitted logistic model over {@link RiskFeature}s: an intercept and one weight per standardised
 * feature. A factor's contribution to one debtor's score is its weight times how far that debtor's
 * value is from the portfolio's mean, in standard deviations — which is what "top factors" shows.
 */
public record RiskModel(double intercept, double[] weights, double[] means, double[] deviations) {

    /** One feature's push on a debtor's score (log-odds; positive raises the risk) and the debtor's value. */
    public record Factor(RiskFeature feature, double value, double contribution) {
    }

    public double probability(double[] x) {
        double logit = intercept;
        for (int j = 0; j < weights.length; j++) {
            logit += weights[j] * (x[j] - means[j]) / deviations[j];
        }
        return sigmoid(logit);
    }

    public double probability(HistoryFacts facts) {
        return probability(RiskFeature.vector(facts));
    }

    /** The factors raising this debtor's risk the most, largest first (at most {@code limit}). */
    public List<Factor> topFactors(HistoryFacts facts, int limit) {
        var x = RiskFeature.vector(facts);
        var features = RiskFeature.values();
        var factors = new ArrayList<Factor>();
        for (int j = 0; j < weights.length; j++) {
            var contribution = weights[j] * (x[j] - means[j]) / deviations[j];
            if (contribution > 0.05) {
                factors.add(new Factor(features[j], x[j], contribution));
            }
        }
        factors.sort(Comparator.comparingDouble(Factor::contribution).reversed());
        return List.copyOf(factors.subList(0, Math.min(limit, factors.size())));
    }

    static double sigmoid(double logit) {
        return 1 / (1 + Math.exp(-logit));
    }
}
