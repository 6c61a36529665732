package dev.saldo.domain.plan;

import static java.util.Objects.requireNonNull;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Something that happened to a plan or promise, in the past tense, carrying ids and money. */
public sealed interface PlanEvent {

    DebtorId debtor();

    Instant at();

    /** Message key of the debtor's timeline entry for this event. */
    default String timelineKey() {
        var name = getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
        return "timeline." + name;
    }

    /** The arguments of {@link #timelineKey()}'s message, in its placeholders' order. */
    default Object[] timelineArgs() {
        return switch (this) {
            case PlanEvent.InstallmentPlanProposed e -> new Object[] {e.total(), e.installments()};
            case PlanEvent.InstallmentPlanApproved e -> new Object[] {};
            case PlanEvent.InstallmentPlanRejected e -> new Object[] {e.reason()};
            case PlanEvent.InstallmentPlanCounterOffered e -> new Object[] {e.installments(), e.downPayment()};
            case PlanEvent.CounterOfferAccepted e -> new Object[] {};
            case PlanEvent.CounterOfferDeclined e -> new Object[] {};
            case PlanEvent.InstallmentPaid e -> new Object[] {e.number(), e.amount()};
            case PlanEvent.InstallmentPlanBroken e -> new Object[] {e.missedDueDate()};
            case PlanEvent.InstallmentPlanCompleted e -> new Object[] {};
            case PlanEvent.PromiseToPayMade e -> new Object[] {e.amount(), e.by()};
            case PlanEvent.PromiseToPayKept e -> new Object[] {e.amount()};
            case PlanEvent.PromiseToPayBroken e -> new Object[] {e.amount(), e.by()};
        };
    }

    record InstallmentPlanProposed(String planId, DebtorId debtor, Money total, int installments, Outcome outcome,
            Instant at) implements PlanEvent {
        public InstallmentPlanProposed {
            requireNonNull(planId, "plan id must not be null");
        }
    }

    record InstallmentPlanApproved(String planId, DebtorId debtor, String approvedBy, Instant at) implements PlanEvent {
    }

    record InstallmentPlanRejected(String planId, DebtorId debtor, String rejectedBy, String reason, Instant at)
            implements PlanEvent {
    }

    record InstallmentPlanCounterOffered(String planId, DebtorId debtor, String offeredBy, int installments,
            Money downPayment, Instant at) implements PlanEvent {
    }

    record CounterOfferAccepted(String planId, DebtorId debtor, Instant at) implements PlanEvent {
    }

    record CounterOfferDeclined(String planId, DebtorId debtor, Instant at) implements PlanEvent {
    }

    /** {@code number} 0 is the down payment, which the debtor reads as such rather than as "installment 0". */
    record InstallmentPaid(String planId, DebtorId debtor, int number, Money amount, Instant at) implements PlanEvent {

        @Override
        public String timelineKey() {
            return number == 0 ? "timeline.down-payment-paid" : "timeline.installment-paid";
        }
    }

    record InstallmentPlanBroken(String planId, DebtorId debtor, LocalDate missedDueDate, Instant at)
            implements PlanEvent {
    }

    record InstallmentPlanCompleted(String planId, DebtorId debtor, List<String> invoiceIds, Instant at)
            implements PlanEvent {
    }

    record PromiseToPayMade(String promiseId, DebtorId debtor, Money amount, LocalDate by, Instant at)
            implements PlanEvent {
    }

    record PromiseToPayKept(String promiseId, DebtorId debtor, Money amount, Instant at) implements PlanEvent {
    }

    record PromiseToPayBroken(String promiseId, DebtorId debtor, Money amount, LocalDate by, Instant at)
            implements PlanEvent {
    }
}
