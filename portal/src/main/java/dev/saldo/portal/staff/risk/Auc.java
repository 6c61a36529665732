package dev.saldo.portal.staff.risk;

import java.util.Arrays;
import java.util.Comparator;

/** Area under the ROC curve: the chance a random positive scores above a random negative (ties count half). */
final class Auc {

    private Auc() {
    }

    /** NaN when either class is missing, since the area is then undefined. */
    static double of(double[] scores, int[] labels) {
        var order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        // Mann–Whitney: sum of the positives' ranks, ties sharing their average rank.
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (labels[order[k]] == 1) {
                    rankSum += rank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
