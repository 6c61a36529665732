package dev.saldo.domain.plan;

import static java.util.Objects.requireNonNull;

import dev.saldo.domain.money.Money;
import java.time.LocalDate;

/**
 * What a debtor (or an agent's counter-offer) asks for: pay {@code total} as a down payment today
 * and {@code installments} equal parts from {@code firstDate} on. Only shape is checked here; whether
 * the business accepts it is the {@link CollectionPolicy}'s call.
 */
public record Proposal(Money total, Money downPayment, int installments, Frequency frequency, LocalDate firstDate) {

    public static final int MAX_INSTALLMENTS = 360;

    public Proposal {
        requireNonNull(total, "total must not be null");
        requireNonNull(downPayment, "down payment must not be null");
        requireNonNull(frequency, "frequency must not be null");
        requireNonNull(firstDate, "first date must not be null");
        if (!total.isPositive()) {
            throw new IllegalArgumentException("A plan needs something to pay, not " + total);
        }
        if (downPayment.isNegative() || downPayment.compareTo(total) >= 0) {
            throw new IllegalArgumentException(
                    "Down payment " + downPayment + " must be at least zero and less than " + total);
        }
        if (installments < 1 || installments > MAX_INSTALLMENTS) {
            throw new IllegalArgumentException(
                    "Installments must be between 1 and " + MAX_INSTALLMENTS + ", not " + installments);
        }
        if (total.minus(downPayment).minorUnits() < installments) {
            throw new IllegalArgumentException(
                    "Cannot split " + total.minus(downPayment) + " into " + installments + " installments");
        }
    }

    public static Proposal of(Money total, Money downPayment, int installments, Frequency frequency, LocalDate firstDate) {
        return new Proposal(total, downPayment, installments, frequency, firstDate);
    }

    public Money financed() {
        return total.minus(downPayment);
    }

    public Proposal withDownPayment(Money value) {
        return new Proposal(total, value, installments, frequency, firstDate);
    }

    public Proposal withInstallments(int value) {
        return new Proposal(total, downPayment, value, frequency, firstDate);
    }

    public Proposal withFrequency(Frequency value) {
        return new Proposal(total, downPayment, installments, value, firstDate);
    }

    public Proposal withFirstDate(LocalDate value) {
        return new Proposal(total, downPayment, installments, frequency, value);
    }
}
