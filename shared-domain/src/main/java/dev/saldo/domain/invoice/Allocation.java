package dev.saldo.domain.invoice;

import static java.util.Objects.requireNonNull;

import dev.saldo.domain.money.Money;
import java.time.LocalDate;

/** The part of a payment that was applied to one invoice. */
public record Allocation(String paymentReference, Money amount, LocalDate date) {

    public Allocation {
        requireNonNull(paymentReference, "payment reference must not be null");
        requireNonNull(amount, "allocated amount must not be null");
        requireNonNull(date, "allocation date must not be null");
        if (paymentReference.isBlank()) {
            throw new IllegalArgumentException("payment reference must not be blank");
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("allocated amount must be positive, was " + amount);
        }
    }

    public static Allocation of(String paymentReference, Money amount, LocalDate date) {
        return new Allocation(paymentReference, amount, date);
    }
}
