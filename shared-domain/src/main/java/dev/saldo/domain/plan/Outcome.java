package dev.saldo.domain.plan;

/** The collection policy's answer to a proposal. */
public enum Outcome {
    /** Within the bounds the business accepts without a person looking at it. */
    AUTO_APPROVED,
    /** Allowed, but someone on staff decides. */
    NEEDS_REVIEW,
    /** Outside what the policy allows at all. */
    NOT_ALLOWED;

    public String messageKey() {
        return "plan.outcome." + name().toLowerCase().replace('_', '-');
    }
}
