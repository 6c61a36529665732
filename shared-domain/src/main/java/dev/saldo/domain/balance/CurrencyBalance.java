package dev.saldo.domain.balance;

import static java.util.Objects.requireNonNull;

import dev.saldo.domain.money.CurrencyMismatchException;
import dev.saldo.domain.money.Money;
import java.time.LocalDate;
import java.util.Currency;

/**
 * What a debtor owes in one currency; amounts in different currencies are never added together.
 *
 * @param openCount every unpaid invoice, overdue ones included
 * @param overdueCount the unpaid invoices past their due date
 * @param nextDueDate the earliest due date on or after today among unpaid invoices, or {@code null} if none
 */
public record CurrencyBalance(Currency currency, Money totalOwed, Money overdue, int openCount, int overdueCount,
        LocalDate nextDueDate) {

    public CurrencyBalance {
        requireNonNull(currency, "currency must not be null");
        requireNonNull(totalOwed, "total owed must not be null");
        requireNonNull(overdue, "overdue amount must not be null");
        requireCurrency(currency, totalOwed);
        requireCurrency(currency, overdue);
        if (openCount < 0 || overdueCount < 0 || overdueCount > openCount) {
            throw new IllegalArgumentException(
                    "Invalid counts: " + openCount + " open, " + overdueCount + " overdue");
        }
    }

    private static void requireCurrency(Currency currency, Money money) {
        if (!money.currency().equals(currency)) {
            throw new CurrencyMismatchException(currency, money.currency());
        }
    }
}
