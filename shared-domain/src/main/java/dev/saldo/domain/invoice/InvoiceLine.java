package dev.saldo.domain.invoice;

import static java.util.Objects.requireNonNull;

import dev.saldo.domain.money.Money;
import java.time.LocalDate;

/** One line of an invoice; always a positive amount, the type says which way it moves the balance. */
public record InvoiceLine(LineType type, String description, Money amount, LocalDate date) {

    public InvoiceLine {
        requireNonNull(type, "line type must not be null");
        requireNonNull(description, "line description must not be null");
        requireNonNull(amount, "line amount must not be null");
        requireNonNull(date, "line date must not be null");
        if (description.isBlank()) {
            throw new IllegalArgumentException("line description must not be blank");
        }
        if (!amount.isPositive()) {
            // A negative charge would hide a correction; corrections are DISCOUNT lines.
            throw new IllegalArgumentException("line amount must be positive, was " + amount);
        }
    }

    public static InvoiceLine of(LineType type, String description, Money amount, LocalDate date) {
        return new InvoiceLine(type, description, amount, date);
    }
}
