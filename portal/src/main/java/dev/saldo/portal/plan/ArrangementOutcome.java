package dev.saldo.portal.plan;

import java.time.LocalDate;

import dev.saldo.domain.debtor.DebtorId;

/** How a promise or a plan ended, for reading a debtor's history: made on one day, kept or broken on another. */
public record ArrangementOutcome(DebtorId debtor, Kind kind, LocalDate madeOn, LocalDate endedOn, boolean broken) {

    public enum Kind {
        PROMISE, PLAN
    }
}
