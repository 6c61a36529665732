package dev.saldo.domain.plan;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where an installment plan stands, and the only moves from each state. */
public enum PlanStatus {
    /** Submitted, waiting for staff. */
    PENDING_REVIEW,
    /** Staff proposed other terms; the debtor accepts or declines. */
    COUNTER_OFFERED,
    /** Agreed: installments are being paid. */
    ACTIVE,
    /** Staff said no. */
    REJECTED,
    /** The debtor said no to the counter-offer. */
    DECLINED,
    /** An installment stayed unpaid past the grace days. */
    BROKEN,
    /** Everything paid. */
    COMPLETED;

    private static final Map<PlanStatus, Set<PlanStatus>> MOVES = Map.of(
            PENDING_REVIEW, EnumSet.of(ACTIVE, REJECTED, COUNTER_OFFERED),
            COUNTER_OFFERED, EnumSet.of(ACTIVE, DECLINED),
            ACTIVE, EnumSet.of(BROKEN, COMPLETED),
            REJECTED, EnumSet.noneOf(PlanStatus.class),
            DECLINED, EnumSet.noneOf(PlanStatus.class),
            BROKEN, EnumSet.noneOf(PlanStatus.class),
            COMPLETED, EnumSet.noneOf(PlanStatus.class));

    /** @throws IllegalTransitionException naming this state when the move is not allowed from it */
    public PlanStatus moveTo(PlanStatus next) {
        if (!MOVES.get(this).contains(next)) {
            throw new IllegalTransitionException("plan", name(), next.name());
        }
        return next;
    }

    /** Still something the debtor and staff are working on: at most one such plan per debtor. */
    public boolean isOpen() {
        return this == PENDING_REVIEW || this == COUNTER_OFFERED || this == ACTIVE;
    }

    public String messageKey() {
        return "plan.status." + name().toLowerCase().replace('_', '-');
    }
}
