package dev.saldo.domain.fee;

import static java.util.Objects.requireNonNull;

import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.LineType;
import dev.saldo.domain.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The discount an invoice earns when it is paid in full on a given day. */
public final class EarlyPayment {

    private EarlyPayment() {
    }

    /** The last day the discount can be earned. */
    public static LocalDate lastDay(Invoice invoice, FeeRules.EarlyDiscount rule) {
        return invoice.dueDate().minusDays(rule.daysBeforeDue());
    }

    /**
     * What paying the whole invoice on {@code today} takes off: a percentage of its open balance, only
     * up to the last day, once, and never on an invoice that already owes late fees.
     */
    public static Money discount(Invoice invoice, FeeRules.EarlyDiscount rule, LocalDate today) {
        requireNonNull(invoice, "invoice must not be null");
        requireNonNull(rule, "rule must not be null");
        var none = Money.zero(invoice.currency());
        if (!rule.offered() || invoice.isPaid() || today.isAfter(lastDay(invoice, rule)) || invoice.fees().isPositive()
                || invoice.lines().stream().anyMatch(l -> FeeLines.is(l, LineType.DISCOUNT, FeeLines.EARLY_DISCOUNT))) {
            return none;
        }
        var discount = invoice.openBalance().times(rule.percent().divide(BigDecimal.valueOf(100)));
        return discount.compareTo(invoice.openBalance()) < 0 ? discount : none;
    }
}
