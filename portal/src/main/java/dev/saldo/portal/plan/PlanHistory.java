package dev.saldo.portal.plan;

import java.time.Instant;
import java.util.List;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.plan.Reason;

/**
 * A debtor's plan and promise history, newest first, for the plan screens and case files. The debtor
 * timeline records these events (it listens to {@link dev.saldo.domain.plan.PlanEvent}) and provides this
 * port, so the history has one home and this module does not depend on the timeline.
 */
public interface PlanHistory {

    /** A line of the history: when, and what as a message key with arguments. */
    record Line(Instant at, Reason what) {
    }

    List<Line> recent(DebtorId debtor, int limit);
}
