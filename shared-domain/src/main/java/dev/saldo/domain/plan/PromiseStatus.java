package dev.saldo.domain.plan;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a promise to pay stands. */
public enum PromiseStatus {
    /** Made, its date not yet passed. */
    PENDING,
    /** Paid in full by its date. */
    KEPT,
    /** Its date and the grace days passed without the payment. */
    BROKEN;

    private static final Map<PromiseStatus, Set<PromiseStatus>> MOVES = Map.of(
            PENDING, EnumSet.of(KEPT, BROKEN),
            KEPT, EnumSet.noneOf(PromiseStatus.class),
            BROKEN, EnumSet.noneOf(PromiseStatus.class));

    /** @throws IllegalTransitionException naming this state when the move is not allowed from it */
    public PromiseStatus moveTo(PromiseStatus next) {
        if (!MOVES.get(this).contains(next)) {
            throw new IllegalTransitionException("promise", name(), next.name());
        }
        return next;
    }

    public String messageKey() {
        return "promise.status." + name().toLowerCase();
    }
}
