package dev.saldo.portal.staff.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Learns the risk model from the portfolio's own history. Each debtor is looked at on monthly snapshot
 * days; the features are what was known that day and the label is whether, in the 90 days after it, one
 * of their invoices went more than 30 days past due unpaid. Quality is measured on a time-based split:
 * the model is fitted on the older snapshots, whose 90-day windows end before the newest snapshots
 * begin, and its AUC measured on those newest ones; the model kept is then refitted on every snapshot.
 */
public final class RiskTraining {

    public static final int HORIZON_DAYS = 90;
    public static final int LATE_DAYS = 30;
    static final int SNAPSHOT_EVERY_DAYS = 30;
    static final int SNAPSHOTS = 13;
    static final int TEST_SNAPSHOTS = 3;
    static final double LAMBDA = 1.0;

    /** One debtor on one snapshot day: the feature values and whether the event followed. */
    public record Example(LocalDate day, double[] features, int label) {

        public Example withLabel(int other) {
            return new Example(day, features, other);
        }
    }

    /**
     * How good the model is on snapshots it never saw: AUC of the model and of a naive baseline (the
     * share of last year's invoices that were more than 30 days late, on its own).
     */
    public record Quality(LocalDate trainedOn, LocalDate testFrom, int trainExamples, int testExamples,
            int testEvents, double auc, double baselineAuc) {
    }

    public record Trained(RiskModel model, Quality quality) {
    }

    private RiskTraining() {
    }

    /** The snapshot days whose 90-day window has fully passed by {@code today}, newest first. */
    static List<LocalDate> snapshotDays(LocalDate today) {
        var days = new ArrayList<LocalDate>();
        for (int i = 0; i < SNAPSHOTS; i++) {
            days.add(today.minusDays(HORIZON_DAYS + (long) i * SNAPSHOT_EVERY_DAYS));
        }
        return days;
    }

    public static List<Example> examples(Collection<DebtorHistory> histories, LocalDate today) {
        var examples = new ArrayList<Example>();
        for (var day : snapshotDays(today)) {
            for (var history : histories) {
                var known = history.invoices().stream().anyMatch(i -> !i.issueDate().isAfter(day));
                if (known) {
                    examples.add(new Example(day, RiskFeature.vector(HistoryFacts.of(history, day)), label(history, day)));
                }
            }
        }
        return examples;
    }

    /** 1 when an invoice of the debtor reaches more than 30 days past due, still unpaid, in the 90 days after {@code day}. */
    static int label(DebtorHistory history, LocalDate day) {
        for (var invoice : history.invoices()) {
            var lateFrom = invoice.dueDate().plusDays(LATE_DAYS);
            if (lateFrom.isAfter(day) && !lateFrom.isAfter(day.plusDays(HORIZON_DAYS))
                    && HistoryFacts.paidBy(invoice, lateFrom) < HistoryFacts.total(invoice)) {
                return 1;
            }
        }
        return 0;
    }

    public static Trained train(Collection<DebtorHistory> histories, LocalDate today) {
        return train(examples(histories, today), today);
    }

    /** Fits on the older snapshots, measures on the newest, keeps a model refitted on all of them. */
    public static Trained train(List<Example> examples, LocalDate today) {
        var days = snapshotDays(today);
        var testFrom = days.get(TEST_SNAPSHOTS - 1);
        // Older snapshots whose label window closes before the first test snapshot: no look-ahead.
        var trainUntil = testFrom.minusDays(HORIZON_DAYS);
        var train = examples.stream().filter(e -> !e.day().isAfter(trainUntil)).toList();
        var test = examples.stream().filter(e -> !e.day().isBefore(testFrom)).toList();
        if (train.isEmpty() || test.isEmpty()) {
            throw new IllegalArgumentException("not enough history to train on: " + train.size() + " older and "
                    + test.size() + " newer snapshots");
        }
        var fitted = fit(train);
        var scores = test.stream().mapToDouble(e -> fitted.probability(e.features())).toArray();
        var baseline = test.stream().mapToDouble(e -> e.features()[RiskFeature.SHARE_VERY_LATE.ordinal()]).toArray();
        var labels = test.stream().mapToInt(Example::label).toArray();
        var quality = new Quality(today, testFrom, train.size(), test.size(), (int) test.stream().filter(e -> e.label() == 1)
                .count(), Auc.of(scores, labels), Auc.of(baseline, labels));
        return new Trained(fit(examples), quality);
    }

    static RiskModel fit(List<Example> examples) {
        var x = examples.stream().map(Example::features).toArray(double[][]::new);
        var y = examples.stream().mapToInt(Example::label).toArray();
        return LogisticRegression.fit(x, y, LAMBDA);
    }
}
