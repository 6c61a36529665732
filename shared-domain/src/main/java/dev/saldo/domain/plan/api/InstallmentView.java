package dev.saldo.domain.plan.api;

import java.time.LocalDate;

/** One payment of a schedule; number 0 is the down payment. Amounts are decimal strings in the plan's currency. */
public record InstallmentView(int number, LocalDate dueDate, String amount, String paid, boolean settled) {
}
