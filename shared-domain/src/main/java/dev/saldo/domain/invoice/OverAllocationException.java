package dev.saldo.domain.invoice;

import dev.saldo.domain.money.Money;

/** Thrown when a payment would be applied beyond what the invoice still owes. */
public class OverAllocationException extends IllegalStateException {

    private final transient Money openBalance;
    private final transient Money attempted;

    public OverAllocationException(Money openBalance, Money attempted) {
        super("Cannot allocate " + attempted + ": the open balance is only " + openBalance);
        this.openBalance = openBalance;
        this.attempted = attempted;
    }

    public Money openBalance() {
        return openBalance;
    }

    public Money attempted() {
        return attempted;
    }
}
