package dev.saldo.domain.api;

import java.time.LocalDate;

import dev.saldo.domain.balance.CurrencyBalance;

/** What a debtor owes in one currency; {@code nextDueDate} is null when nothing falls due from today on. */
public record CurrencyTotals(String currency, Amount totalOwed, Amount overdue, int openInvoices, int overdueInvoices,
        LocalDate nextDueDate) {

    public static CurrencyTotals of(CurrencyBalance balance) {
        return new CurrencyTotals(balance.currency().getCurrencyCode(), Amount.of(balance.totalOwed()),
                Amount.of(balance.overdue()), balance.openCount(), balance.overdueCount(), balance.nextDueDate());
    }
}
