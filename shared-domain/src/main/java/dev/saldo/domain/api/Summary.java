package dev.saldo.domain.api;

import java.time.LocalDate;
import java.util.List;

import dev.saldo.domain.balance.BalanceSummary;

/** {@code GET /api/v1/me/summary}: the debtor's balance per currency as of a day; empty balances mean all paid. */
public record Summary(LocalDate asOf, List<CurrencyTotals> balances) {

    public Summary {
        balances = List.copyOf(balances);
    }

    public static Summary of(BalanceSummary summary, LocalDate asOf) {
        return new Summary(asOf, summary.balances().stream().map(CurrencyTotals::of).toList());
    }
}
