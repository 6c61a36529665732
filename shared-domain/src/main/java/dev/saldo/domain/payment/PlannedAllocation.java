package dev.saldo.domain.payment;

import static java.util.Objects.requireNonNull;

import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.money.Money;
import java.time.LocalDate;

/** The part of a payment meant for one invoice, and what that invoice owed before it. */
public record PlannedAllocation(InvoiceId invoiceId, String invoiceNumber, LocalDate dueDate, Money openBefore,
        Money amount) {

    public PlannedAllocation {
        requireNonNull(invoiceId, "invoice id must not be null");
        requireNonNull(invoiceNumber, "invoice number must not be null");
        requireNonNull(openBefore, "open balance must not be null");
        requireNonNull(amount, "amount must not be null");
        if (!amount.isPositive() || amount.compareTo(openBefore) > 0) {
            throw new IllegalArgumentException("Allocation " + amount + " must be positive and at most " + openBefore);
        }
    }

    /** What the invoice will still owe once this allocation is applied. */
    public Money openAfter() {
        return openBefore.minus(amount);
    }

    public boolean settlesInvoice() {
        return openAfter().isZero();
    }
}
