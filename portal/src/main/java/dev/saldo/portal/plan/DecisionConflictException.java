package dev.saldo.portal.plan;

import java.util.Optional;

/** Someone else decided this proposal first, or it moved on since it was opened; this decision was not saved. */
public class DecisionConflictException extends RuntimeException {

    private final transient Optional<String> decidedBy;

    public DecisionConflictException(String planId, Optional<String> decidedBy) {
        super("Plan " + planId + " was decided by " + decidedBy.orElse("someone else") + " in the meantime");
        this.decidedBy = decidedBy;
    }

    public Optional<String> decidedBy() {
        return decidedBy;
    }
}
