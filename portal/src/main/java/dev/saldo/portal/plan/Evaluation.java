package dev.saldo.portal.plan;

import java.util.Optional;

import dev.saldo.domain.plan.Proposal;
import dev.saldo.domain.plan.Schedule;
import dev.saldo.domain.plan.Verdict;

/** The policy's verdict on a draft and, when the draft made sense, the schedule it means. */
public record Evaluation(Optional<Schedule> schedule, Verdict verdict) {

    public Optional<Proposal> proposal() {
        return schedule.map(Schedule::proposal);
    }
}
