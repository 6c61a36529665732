package dev.saldo.domain.plan;

import static java.util.Objects.requireNonNull;

import dev.saldo.domain.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An agreed schedule and what has been paid against it: which payment is next, when the plan would
 * break, whether it is complete. Immutable; paying returns a new progress.
 */
public final class PlanProgress {

    /** One payment of the schedule with what has been paid towards it. */
    public record Line(Installment installment, Money paid, Optional<LocalDate> paidOn) {

        public Line {
            requireNonNull(installment, "installment must not be null");
            requireNonNull(paid, "paid must not be null");
            requireNonNull(paidOn, "paid on must not be null");
            if (paid.isNegative() || paid.compareTo(installment.amount()) > 0) {
                throw new IllegalArgumentException("Paid " + paid + " on installment " + installment.number()
                        + " must be between zero and " + installment.amount());
            }
        }

        public boolean isPaid() {
            return paid.equals(installment.amount());
        }

        public Money open() {
            return installment.amount().minus(paid);
        }
    }

    private final List<Line> lines;

    private PlanProgress(List<Line> lines) {
        this.lines = List.copyOf(requireNonNull(lines, "lines must not be null"));
        if (this.lines.isEmpty()) {
            throw new IllegalArgumentException("A plan has at least one payment");
        }
    }

    public static PlanProgress of(List<Line> lines) {
        return new PlanProgress(lines);
    }

    public static PlanProgress unpaid(Schedule schedule) {
        var currency = schedule.proposal().total().currency();
        return new PlanProgress(schedule.payments().stream()
                .map(i -> new Line(i, Money.zero(currency), Optional.empty())).toList());
    }

    public List<Line> lines() {
        return lines;
    }

    /** The first payment not yet fully paid. */
    public Optional<Line> next() {
        return lines.stream().filter(line -> !line.isPaid()).findFirst();
    }

    public Optional<LocalDate> nextDueDate() {
        return next().map(line -> line.installment().dueDate());
    }

    /** The first day on which the plan counts as broken if the next payment is still open. */
    public Optional<LocalDate> breaksOn(int graceDays) {
        return nextDueDate().map(due -> due.plusDays(graceDays + 1L));
    }

    public boolean isBrokenOn(LocalDate today, int graceDays) {
        return breaksOn(graceDays).filter(day -> !today.isBefore(day)).isPresent();
    }

    public boolean isComplete() {
        return next().isEmpty();
    }

    /** Installments (not the down payment) fully paid. */
    public long installmentsPaid() {
        return lines.stream().filter(l -> !l.installment().isDownPayment() && l.isPaid()).count();
    }

    public long installmentCount() {
        return lines.stream().filter(l -> !l.installment().isDownPayment()).count();
    }

    public Money paid() {
        return Money.sum(currency(), lines.stream().map(Line::paid).toList());
    }

    public Money open() {
        return Money.sum(currency(), lines.stream().map(Line::open).toList());
    }

    /**
     * Records a payment against payment {@code number}.
     *
     * @throws IllegalArgumentException if there is no such payment or the amount is more than it still owes
     */
    public PlanProgress pay(int number, Money amount, LocalDate on) {
        requireNonNull(amount, "amount must not be null");
        requireNonNull(on, "date must not be null");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A payment must be positive, not " + amount);
        }
        var copy = new ArrayList<Line>(lines);
        for (int i = 0; i < copy.size(); i++) {
            var line = copy.get(i);
            if (line.installment().number() == number) {
                if (amount.compareTo(line.open()) > 0) {
                    throw new IllegalArgumentException("Installment " + number + " owes " + line.open() + ", not " + amount);
                }
                copy.set(i, new Line(line.installment(), line.paid().plus(amount), Optional.of(on)));
                return new PlanProgress(copy);
            }
        }
        throw new IllegalArgumentException("The plan has no installment " + number);
    }

    private java.util.Currency currency() {
        return lines.getFirst().installment().amount().currency();
    }
}
