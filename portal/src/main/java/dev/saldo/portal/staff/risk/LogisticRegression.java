package dev.saldo.portal.staff.risk;

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares)
 * on standardised features. Deterministic: the same rows give the same weights. Small enough to read,
 * and with a handful of features Newton converges in a few dozen steps.
 */
final class LogisticRegression {

    private static final int MAX_STEPS = 50;
    private static final double TOLERANCE = 1e-8;

    private LogisticRegression() {
    }

    /**
     * @param x      one row of raw feature values per example
     * @param y      1 for the event, 0 otherwise
     * @param lambda L2 penalty on the standardised weights (not on the intercept)
     */
    static RiskModel fit(double[][] x, int[] y, double lambda) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("need as many labels as rows, and at least one row");
        }
        int n = x.length, d = x[0].length;
        var mean = new double[d];
        var sd = new double[d];
        for (var row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (var row : x) {
            for (int j = 0; j < d; j++) {
                sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = sd[j] < 1e-12 ? 1 : Math.sqrt(sd[j]);
        }
        // w[0] is the intercept, w[1..d] the weights of the standardised features.
        var w = new double[d + 1];
        var z = new double[d + 1];
        for (int step = 0; step < MAX_STEPS; step++) {
            var gradient = new double[d + 1];
            var hessian = new double[d + 1][d + 1];
            for (int i = 0; i < n; i++) {
                z[0] = 1;
                for (int j = 0; j < d; j++) {
                    z[j + 1] = (x[i][j] - mean[j]) / sd[j];
                }
                var p = RiskModel.sigmoid(dot(w, z));
                var weight = Math.max(p * (1 - p), 1e-10);
                for (int a = 0; a <= d; a++) {
                    gradient[a] += (p - y[i]) * z[a];
                    for (int b = 0; b <= d; b++) {
                        hessian[a][b] += weight * z[a] * z[b];
                    }
                }
            }
            for (int a = 1; a <= d; a++) {
                gradient[a] += lambda * w[a];
                hessian[a][a] += lambda;
            }
            var delta = solve(hessian, gradient);
            double change = 0;
            for (int a = 0; a <= d; a++) {
                w[a] -= delta[a];
                change = Math.max(change, Math.abs(delta[a]));
            }
            if (change < TOLERANCE) {
                break;
            }
        }
        var weights = new double[d];
        System.arraycopy(w, 1, weights, 0, d);
        return new RiskModel(w[0], weights, mean, sd);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Gaussian elimination with partial pivoting; the Hessian plus the penalty is positive definite. */
    static double[] solve(double[][] matrix, double[] vector) {
        int n = vector.length;
        var a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = java.util.Arrays.copyOf(matrix[i], n + 1);
            a[i][n] = vector[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            var swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            if (Math.abs(a[col][col]) < 1e-14) {
                a[col][col] = 1e-14;
            }
            for (int row = col + 1; row < n; row++) {
                var factor = a[row][col] / a[col][col];
                for (int k = col; k <= n; k++) {
                    a[row][k] -= factor * a[col][k];
                }
            }
        }
        var result = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = a[row][n];
            for (int k = row + 1; k < n; k++) {
                sum -= a[row][k] * result[k];
            }
            result[row] = sum / a[row][row];
        }
        return result;
    }
}
