package dev.saldo.domain.plan;

import dev.saldo.domain.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;

/** A CLP policy like the demo's: 12 installments, a year, $10.000 minimum; auto-approval 90 days and 10 %. */
final class Policies {

    static final Currency CLP = Currency.getInstance("CLP");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private Policies() {
    }

    static CollectionPolicy clp() {
        return new CollectionPolicy(CLP, 12, 365, clp(10_000), 0, EnumSet.allOf(Frequency.class), 30, 5, 30,
                new CollectionPolicy.AutoApproval(90, 10, 12));
    }

    static Money clp(long pesos) {
        return Money.ofMinor(pesos, CLP);
    }

    static Proposal proposal(long total, long down, int count, Frequency frequency, LocalDate first) {
        return Proposal.of(clp(total), clp(down), count, frequency, first);
    }
}
