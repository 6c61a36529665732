package dev.saldo.domain.plan;

import static java.util.Objects.requireNonNull;

import dev.saldo.domain.money.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The payments a proposal means, day by day: the down payment (if any) due on the day the plan is
 * made, then equal installments whose minor units add up exactly to what is financed, the remainder
 * on the last one.
 */
public final class Schedule {

    private final Proposal proposal;
    private final LocalDate madeOn;
    private final List<Installment> payments;

    private Schedule(Proposal proposal, LocalDate madeOn) {
        this.proposal = requireNonNull(proposal, "proposal must not be null");
        this.madeOn = requireNonNull(madeOn, "date the plan is made must not be null");
        var list = new ArrayList<Installment>();
        if (proposal.downPayment().isPositive()) {
            list.add(new Installment(0, madeOn, proposal.downPayment()));
        }
        var parts = proposal.financed().split(proposal.installments());
        for (int i = 0; i < parts.size(); i++) {
            list.add(new Installment(i + 1, proposal.frequency().dueDate(proposal.firstDate(), i), parts.get(i)));
        }
        this.payments = List.copyOf(list);
    }

    public static Schedule of(Proposal proposal, LocalDate madeOn) {
        return new Schedule(proposal, madeOn);
    }

    public Proposal proposal() {
        return proposal;
    }

    /** Everything to pay, down payment first. */
    public List<Installment> payments() {
        return payments;
    }

    /** The installments after the down payment. */
    public List<Installment> installments() {
        return payments.stream().filter(p -> !p.isDownPayment()).toList();
    }

    public Optional<Installment> downPayment() {
        return payments.stream().filter(Installment::isDownPayment).findFirst();
    }

    public Money total() {
        return Money.sum(proposal.total().currency(), payments.stream().map(Installment::amount).toList());
    }

    /** The smallest installment (not the down payment): the first one, as the remainder goes last. */
    public Money smallestInstallment() {
        return installments().stream().map(Installment::amount).min(Money::compareTo).orElseThrow();
    }

    public LocalDate lastDate() {
        return payments.getLast().dueDate();
    }

    /** Days from the day the plan is made to its last payment. */
    public long termDays() {
        return ChronoUnit.DAYS.between(madeOn, lastDate());
    }
}
