package dev.saldo.portal.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.PromiseStatus;

/** A promise to pay as screens and controllers show it. */
public record PromiseSummary(String id, PromiseStatus status, Money amount, Money paid, LocalDate date, Instant madeAt) {

    static PromiseSummary of(PromiseRecord r) {
        var currency = Currency.getInstance(r.currency());
        return new PromiseSummary(r.id(), r.status(), Money.ofMinor(r.amountMinor(), currency),
                Money.ofMinor(r.paidMinor(), currency), r.date(), r.madeAt());
    }
}
