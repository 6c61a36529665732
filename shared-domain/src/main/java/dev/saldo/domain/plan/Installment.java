package dev.saldo.domain.plan;

import static java.util.Objects.requireNonNull;

import dev.saldo.domain.money.Money;
import java.time.LocalDate;

/** One payment of a schedule; number 0 is the down payment, 1..n the installments. */
public record Installment(int number, LocalDate dueDate, Money amount) {

    public Installment {
        requireNonNull(dueDate, "due date must not be null");
        requireNonNull(amount, "amount must not be null");
        if (number < 0) {
            throw new IllegalArgumentException("Installment number must not be negative: " + number);
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("Installment " + number + " must be positive, not " + amount);
        }
    }

    public boolean isDownPayment() {
        return number == 0;
    }
}
