package dev.saldo.portal.staff.risk;

import java.util.ArrayList;
import java.util.List;

import dev.saldo.domain.plan.Reason;

/**
 * When a debtor should leave self-service collection for an agency or legal: long overdue after breaking
 * an arrangement, or simply very long overdue. A suggestion with its reasons; a supervisor decides.
 */
public final class EscalationRules {

    static final int OVERDUE_DAYS_AFTER_BROKEN_ARRANGEMENT = 90;
    static final int OVERDUE_DAYS_ALONE = 180;

    private EscalationRules() {
    }

    /** The reasons to escalate; empty when none applies. */
    public static List<Reason> reasonsToEscalate(HistoryFacts facts) {
        var reasons = new ArrayList<Reason>();
        if (facts.oldestDaysOverdue() >= OVERDUE_DAYS_AFTER_BROKEN_ARRANGEMENT && facts.brokenLastYear() >= 1) {
            reasons.add(Reason.of("escalation.reason.overdue-after-broken", facts.oldestDaysOverdue(), facts.brokenLastYear()));
        }
        if (facts.oldestDaysOverdue() >= OVERDUE_DAYS_ALONE) {
            reasons.add(Reason.of("escalation.reason.very-long-overdue", facts.oldestDaysOverdue()));
        }
        return List.copyOf(reasons);
    }
}
