package dev.saldo.domain.payment;

import static java.util.Objects.requireNonNull;

import dev.saldo.domain.money.Money;
import java.util.List;

/** How a payment will be spread over invoices; shown to the debtor before they pay. */
public record PaymentPlan(Money amount, Money owedBefore, List<PlannedAllocation> allocations) {

    public PaymentPlan {
        requireNonNull(amount, "amount must not be null");
        requireNonNull(owedBefore, "owed amount must not be null");
        allocations = List.copyOf(requireNonNull(allocations, "allocations must not be null"));
        Money allocated = Money.sum(amount.currency(), allocations.stream().map(PlannedAllocation::amount).toList());
        if (!allocated.equals(amount)) {
            throw new IllegalArgumentException("Allocations add up to " + allocated + ", not " + amount);
        }
    }

    /** What the selected invoices will still owe after this payment. */
    public Money owedAfter() {
        return owedBefore.minus(amount);
    }

    public boolean isFullPayment() {
        return owedAfter().isZero();
    }
}
