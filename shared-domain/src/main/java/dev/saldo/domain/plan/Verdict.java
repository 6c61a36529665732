package dev.saldo.domain.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The policy's answer with its reasons; when not allowed, the nearest proposal it would allow (same
 * debt, as few changes as possible), if there is one.
 */
public record Verdict(Outcome outcome, List<Reason> reasons, Optional<Proposal> alternative) {

    public Verdict {
        requireNonNull(outcome, "outcome must not be null");
        reasons = List.copyOf(requireNonNull(reasons, "reasons must not be null"));
        requireNonNull(alternative, "alternative must not be null (use Optional.empty())");
        if (outcome != Outcome.AUTO_APPROVED && reasons.isEmpty()) {
            throw new IllegalArgumentException(outcome + " needs at least one reason");
        }
    }

    public static Verdict autoApproved() {
        return new Verdict(Outcome.AUTO_APPROVED, List.of(), Optional.empty());
    }

    public boolean isAllowed() {
        return outcome != Outcome.NOT_ALLOWED;
    }
}
