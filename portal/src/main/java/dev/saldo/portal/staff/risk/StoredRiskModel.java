package dev.saldo.portal.staff.risk;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The current risk model and how well it did on held-out snapshots; one document, replaced on each retraining. */
@Document("risk_models")
record StoredRiskModel(@Id String id, double intercept, double[] weights, double[] means, double[] deviations,
        LocalDate trainedOn, LocalDate testFrom, int trainExamples, int testExamples, int testEvents, double auc,
        double baselineAuc, Instant savedAt) {

    static final String CURRENT = "current";

    static StoredRiskModel of(RiskTraining.Trained trained, Instant at) {
        var m = trained.model();
        var q = trained.quality();
        return new StoredRiskModel(CURRENT, m.intercept(), m.weights(), m.means(), m.deviations(), q.trainedOn(),
                q.testFrom(), q.trainExamples(), q.testExamples(), q.testEvents(), q.auc(), q.baselineAuc(), at);
    }

    RiskTraining.Trained toTrained() {
        return new RiskTraining.Trained(new RiskModel(intercept, weights, means, deviations), new RiskTraining.Quality(
                trainedOn, testFrom, trainExamples, testExamples, testEvents, auc, baselineAuc));
    }
}
