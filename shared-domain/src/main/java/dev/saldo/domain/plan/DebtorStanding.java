package dev.saldo.domain.plan;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/** What the policy needs to know about a debtor's past: when a plan of theirs last broke, if ever. */
public record DebtorStanding(Optional<LocalDate> lastBrokenPlan, long brokenPromises) {

    public DebtorStanding {
        requireNonNull(lastBrokenPlan, "last broken plan must not be null (use Optional.empty())");
    }

    public static DebtorStanding clean() {
        return new DebtorStanding(Optional.empty(), 0);
    }
}
