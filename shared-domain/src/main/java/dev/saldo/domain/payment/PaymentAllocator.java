package dev.saldo.domain.payment;

import static java.util.Objects.requireNonNull;

import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.money.Money;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * Spreads a payment over invoices, oldest due date first, so the debt that costs the debtor most in
 * fees and reminders is cleared first. The same code runs in the portal and on the phone.
 */
public final class PaymentAllocator {

    private static final Comparator<Invoice> OLDEST_DUE_FIRST =
            Comparator.comparing(Invoice::dueDate).thenComparing(Invoice::number);

    private final Money minimum;

    /** @param minimum the smallest partial payment accepted; paying everything owed is always allowed */
    public PaymentAllocator(Money minimum) {
        this.minimum = requireNonNull(minimum, "minimum must not be null");
    }

    /**
     * @param invoices the invoices to pay: the ones the debtor picked, or all they owe in the currency
     * @param amount   how much to pay; null means everything the invoices owe
     * @throws PaymentRejectedException with a reason the debtor can read
     */
    public PaymentPlan plan(Collection<Invoice> invoices, Money amount) {
        requireNonNull(invoices, "invoices must not be null");
        Currency currency = minimum.currency();
        List<Invoice> open = invoices.stream()
                .filter(invoice -> !invoice.isPaid())
                .sorted(OLDEST_DUE_FIRST)
                .toList();
        if (invoices.stream().anyMatch(invoice -> !invoice.currency().equals(currency))) {
            throw new PaymentRejectedException(PaymentRejection.CURRENCY_MISMATCH, null);
        }
        if (open.size() < invoices.size() && !invoices.isEmpty()) {
            throw new PaymentRejectedException(PaymentRejection.INVOICE_ALREADY_PAID, null);
        }
        Money owed = Money.sum(currency, open.stream().map(Invoice::openBalance).toList());
        if (owed.isZero()) {
            throw new PaymentRejectedException(PaymentRejection.NOTHING_OWED, null);
        }
        Money toPay = amount == null ? owed : amount;
        if (!toPay.currency().equals(currency)) {
            throw new PaymentRejectedException(PaymentRejection.CURRENCY_MISMATCH, null);
        }
        if (!toPay.isPositive()) {
            throw new PaymentRejectedException(PaymentRejection.AMOUNT_NOT_POSITIVE, null);
        }
        if (toPay.compareTo(owed) > 0) {
            throw new PaymentRejectedException(PaymentRejection.ABOVE_BALANCE, owed);
        }
        if (toPay.compareTo(minimum) < 0 && !toPay.equals(owed)) {
            throw new PaymentRejectedException(PaymentRejection.BELOW_MINIMUM, minimum.min(owed));
        }
        return new PaymentPlan(toPay, owed, spread(open, toPay));
    }

    private static List<PlannedAllocation> spread(List<Invoice> open, Money amount) {
        List<PlannedAllocation> allocations = new ArrayList<>();
        Money left = amount;
        for (Invoice invoice : open) {
            if (left.isZero()) {
                break;
            }
            Money share = left.min(invoice.openBalance());
            allocations.add(new PlannedAllocation(invoice.id(), invoice.number(), invoice.dueDate(),
                    invoice.openBalance(), share));
            left = left.minus(share);
        }
        return allocations;
    }
}
