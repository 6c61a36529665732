package dev.saldo.portal.plan;

import java.time.Instant;
import java.util.List;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.plan.PlanEvent;
import dev.saldo.domain.plan.Reason;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * Every plan and promise event as a line on the debtor's history. The timeline capability (issue 6)
 * will listen to the same events; until then this module keeps its own list.
 */
@Service
public class PlanTimeline {

    /** A line of the history: when, and what as a message key with arguments. */
    public record Line(Instant at, Reason what) {
    }

    private final TimelineEntries entries;

    PlanTimeline(TimelineEntries entries) {
        this.entries = entries;
    }

    public List<Line> recent(DebtorId debtor, int limit) {
        return entries.findByDebtorIdOrderByAtDesc(debtor.value(), PageRequest.of(0, limit)).stream()
                .map(e -> new Line(e.at(), new StoredReason(e.key(), e.args()).toDomain())).toList();
    }

    @EventListener
    void on(PlanEvent event) {
        var line = StoredReason.of(Reason.of(event.timelineKey(), event.timelineArgs()));
        entries.insert(new TimelineEntry(null, event.debtor().value(), event.at(), line.key(), line.args()));
    }
}
