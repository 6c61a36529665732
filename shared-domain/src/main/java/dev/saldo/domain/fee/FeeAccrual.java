package dev.saldo.domain.fee;

import static java.util.Objects.requireNonNull;

import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceLine;
import dev.saldo.domain.invoice.LineType;
import dev.saldo.domain.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The late fees an invoice owes on a day that it has not been charged yet. It reads what was already
 * added from the invoice's own lines, so asking twice on one day, or again after a missed day, never
 * charges anything twice: one-off fees appear once, interest covers each day once.
 *
 * <p>Interest runs on the unpaid part of the charges (fees never earn interest) from the day after the
 * grace period, and not over days the invoice was held (in a plan or in dispute): {@code heldThrough}.
 * Fees stop at the cap; a waived fee no longer counts against it.
 */
public final class FeeAccrual {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    private FeeAccrual() {
    }

    /**
     * @param heldThrough the last day the invoice was exempt from fees, or null if never
     * @return the new FEE lines, dated {@code today}; empty if nothing is owed today
     */
    public static List<InvoiceLine> due(Invoice invoice, FeeRules.LateFee rule, LocalDate heldThrough, LocalDate today) {
        requireNonNull(invoice, "invoice must not be null");
        requireNonNull(rule, "rule must not be null");
        requireNonNull(today, "today must not be null");
        var graceEnd = invoice.dueDate().plusDays(rule.graceDays());
        if (invoice.isPaid() || !today.isAfter(graceEnd) || !rule.charges()) {
            return List.of();
        }
        var base = unpaidCharges(invoice);
        var room = new Room(invoice, rule);
        var lines = new ArrayList<InvoiceLine>();
        if (rule.fixed().isPositive() && none(invoice, FeeLines.FIXED)) {
            add(lines, room, FeeLines.describe(FeeLines.FIXED), rule.fixed(), today);
        }
        if (rule.oneOffPercent().signum() > 0 && none(invoice, FeeLines.PERCENT)) {
            add(lines, room, FeeLines.describe(FeeLines.PERCENT, rule.oneOffPercent().stripTrailingZeros().toPlainString()),
                    base.times(rule.oneOffPercent().divide(HUNDRED)), today);
        }
        if (rule.annualInterestPercent().signum() > 0) {
            var since = latest(graceEnd, heldThrough, lastInterestDay(invoice));
            var days = ChronoUnit.DAYS.between(since, today);
            if (days > 0) {
                var rate = rule.annualInterestPercent().multiply(BigDecimal.valueOf(days))
                        .divide(HUNDRED.multiply(DAYS_PER_YEAR), MathContext.DECIMAL64);
                add(lines, room, FeeLines.describe(FeeLines.INTEREST, since.plusDays(1), today,
                        rule.annualInterestPercent().stripTrailingZeros().toPlainString()), base.times(rate), today);
            }
        }
        return List.copyOf(lines);
    }

    /** The charges still unpaid, not counting fees; payments are taken to cover the charges first. */
    static Money unpaidCharges(Invoice invoice) {
        var granted = Money.sum(invoice.currency(), invoice.lines().stream()
                .filter(l -> l.type() == LineType.DISCOUNT && !FeeLines.is(l, LineType.DISCOUNT, FeeLines.WAIVER))
                .map(InvoiceLine::amount).toList());
        var unpaid = invoice.original().minus(granted).minus(invoice.allocated());
        return unpaid.max(Money.zero(invoice.currency()));
    }

    /** Fees charged less fees waived. */
    public static Money netFees(Invoice invoice) {
        var waived = Money.sum(invoice.currency(), invoice.lines().stream()
                .filter(l -> FeeLines.is(l, LineType.DISCOUNT, FeeLines.WAIVER)).map(InvoiceLine::amount).toList());
        return invoice.fees().minus(waived);
    }

    /** How much more fees may add before the cap; null while there is no cap. */
    private static final class Room {

        private Money left;

        Room(Invoice invoice, FeeRules.LateFee rule) {
            Money limit = rule.cap().isPositive() ? rule.cap() : null;
            if (rule.capPercent().signum() > 0) {
                var byPercent = invoice.original().times(rule.capPercent().divide(HUNDRED));
                limit = limit == null ? byPercent : limit.min(byPercent);
            }
            left = limit == null ? null : limit.minus(netFees(invoice)).max(Money.zero(invoice.currency()));
        }

        Money take(Money wanted) {
            var taken = left == null ? wanted : wanted.min(left);
            if (left != null && taken.isPositive()) {
                left = left.minus(taken);
            }
            return taken;
        }
    }

    private static void add(List<InvoiceLine> lines, Room room, String description, Money amount, LocalDate today) {
        var charged = room.take(amount);
        if (charged.isPositive()) {
            lines.add(InvoiceLine.of(LineType.FEE, description, charged, today));
        }
    }

    private static boolean none(Invoice invoice, String kind) {
        return invoice.lines().stream().noneMatch(l -> FeeLines.is(l, LineType.FEE, kind));
    }

    private static LocalDate lastInterestDay(Invoice invoice) {
        return invoice.lines().stream().filter(l -> FeeLines.is(l, LineType.FEE, FeeLines.INTEREST))
                .map(InvoiceLine::date).max(LocalDate::compareTo).orElse(null);
    }

    private static LocalDate latest(LocalDate first, LocalDate... others) {
        var latest = first;
        for (var other : others) {
            if (other != null && other.isAfter(latest)) {
                latest = other;
            }
        }
        return latest;
    }
}
