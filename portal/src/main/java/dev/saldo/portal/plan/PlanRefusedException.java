package dev.saldo.portal.plan;

import java.util.List;
import java.util.Optional;

import dev.saldo.domain.plan.Proposal;
import dev.saldo.domain.plan.Reason;

/** A proposal, counter-offer or promise the policy (or plain sense) does not allow; nothing was written. */
public class PlanRefusedException extends RuntimeException {

    private final transient List<Reason> reasons;
    private final transient Optional<Proposal> alternative;

    public PlanRefusedException(List<Reason> reasons, Optional<Proposal> alternative) {
        super("Refused: " + reasons.stream().map(Reason::key).toList());
        this.reasons = List.copyOf(reasons);
        this.alternative = alternative;
    }

    public PlanRefusedException(String key, Object... args) {
        this(List.of(Reason.of(key, args)), Optional.empty());
    }

    public List<Reason> reasons() {
        return reasons;
    }

    public Optional<Proposal> alternative() {
        return alternative;
    }
}
