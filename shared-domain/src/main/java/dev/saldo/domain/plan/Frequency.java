package dev.saldo.domain.plan;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** How often installments fall due. */
public enum Frequency {
    WEEKLY, BIWEEKLY, MONTHLY;

    /**
     * The due date of the installment at {@code index} (0 for the first). Months are counted from the
     * first date, not from the previous installment, so a plan starting on the 31st falls on the last
     * day of shorter months and returns to the 31st when it can: no period is skipped or doubled.
     */
    public LocalDate dueDate(LocalDate first, int index) {
        requireNonNull(first, "first date must not be null");
        if (index < 0) {
            throw new IllegalArgumentException("Installment index must not be negative: " + index);
        }
        return switch (this) {
            case WEEKLY -> first.plusWeeks(index);
            case BIWEEKLY -> first.plusWeeks(2L * index);
            case MONTHLY -> first.plusMonths(index);
        };
    }

    public String messageKey() {
        return "plan.frequency." + name().toLowerCase();
    }
}
