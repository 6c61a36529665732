package dev.saldo.portal.timeline;

import java.util.EnumSet;
import java.util.List;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.plan.Reason;
import dev.saldo.portal.plan.PlanHistory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The plan screens' history, read from the timeline's plan and promise entries. */
@Component
class TimelinePlanHistory implements PlanHistory {

    private static final EnumSet<TimelineKind> PLAN_KINDS = EnumSet.of(TimelineKind.PLAN, TimelineKind.PROMISE);

    private final TimelineLines entries;

    TimelinePlanHistory(TimelineLines entries) {
        this.entries = entries;
    }

    @Override
    public List<Line> recent(DebtorId debtor, int limit) {
        return entries.findByDebtorIdAndKindInOrderByAtDesc(debtor.value(), PLAN_KINDS, PageRequest.of(0, limit))
                .stream()
                .map(entry -> new Line(entry.at(), new Reason(entry.key(),
                        entry.args() == null ? List.of() : entry.args().stream().map(TimelineArgs::read).toList())))
                .toList();
    }
}
