package dev.saldo.portal.staff.risk;

import java.util.function.ToDoubleFunction;

/**
 * What the risk model looks at, each read from a debtor's {@link HistoryFacts}. The message key words
 * the factor for staff with the debtor's own value as its argument.
 */
public enum RiskFeature {
    SHARE_VERY_LATE(f -> f.dueLastYear() == 0 ? 0 : 100.0 * f.lateOver30() / f.dueLastYear()),
    AVERAGE_DAYS_LATE(HistoryFacts::averageDaysLate),
    SHARE_ON_TIME(f -> f.dueLastYear() == 0 ? 100 : 100.0 * f.paidOnTime() / f.dueLastYear()),
    OVERDUE_INVOICES(HistoryFacts::overdueInvoices),
    OLDEST_DAYS_OVERDUE(f -> Math.min(365, f.oldestDaysOverdue())),
    PARTLY_PAID(HistoryFacts::partlyPaid),
    BROKEN_ARRANGEMENTS(HistoryFacts::brokenLastYear),
    KEPT_ARRANGEMENTS(HistoryFacts::keptLastYear),
    SHARE_PAID_LAST_90_DAYS(f -> f.dueLast90Days().isPositive()
            ? Math.min(200, 100.0 * f.paidLast90Days().minorUnits() / f.dueLast90Days().minorUnits()) : 100);

    private final ToDoubleFunction<HistoryFacts> read;

    RiskFeature(ToDoubleFunction<HistoryFacts> read) {
        this.read = read;
    }

    public double of(HistoryFacts facts) {
        return read.applyAsDouble(facts);
    }

    public String messageKey() {
        return "risk.factor." + name().toLowerCase().replace('_', '-');
    }

    static double[] vector(HistoryFacts facts) {
        var values = values();
        var x = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            x[i] = values[i].of(facts);
        }
        return x;
    }
}
