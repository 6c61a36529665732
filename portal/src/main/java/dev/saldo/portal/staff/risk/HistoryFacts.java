package dev.saldo.portal.staff.risk;

import java.time.LocalDate;
import java.util.Currency;

import dev.saldo.domain.invoice.Allocation;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.money.Money;

/**
 * What a debtor's history says as of one day, using only what was known on that day (invoices issued,
 * payments made, promises and plans ended by then), so the same facts serve today's segment and the
 * snapshots a risk model learns from.
 *
 * @param overdueInvoices      invoices past due and not fully paid
 * @param oldestDaysOverdue    days the oldest of those is past due (0 if none)
 * @param overdue              what is past due and unpaid, in the debtor's currency
 * @param dueLastYear          invoices that fell due in the last 365 days
 * @param paidOnTime           of those, paid in full within the grace days
 * @param lateOver30           of those, paid (or still unpaid) more than 30 days after their due date
 * @param averageDaysLate      mean days late over those (capped at 180 each)
 * @param partlyPaid           of those, paid in part and still open
 * @param brokenLastYear       promises and plans broken in the last 365 days
 * @param keptLastYear         promises and plans kept in the last 365 days
 * @param paidLast90Days       what the debtor paid on any invoice in the last 90 days
 * @param dueLast90Days        what fell due in the last 90 days
 * @param ignoredContacts      reminders left unanswered, or null when unknown
 */
public record HistoryFacts(LocalDate asOf, int overdueInvoices, long oldestDaysOverdue, Money overdue, int dueLastYear,
        int paidOnTime, int lateOver30, double averageDaysLate, int partlyPaid, int brokenLastYear, int keptLastYear,
        Money paidLast90Days, Money dueLast90Days, Integer ignoredContacts) {

    static final int GRACE_DAYS = 5;
    private static final long LATENESS_CAP = 180;

    WorkList.DebtorFacts withDebtor(dev.saldo.domain.debtor.DebtorId debtor) {
        return new WorkList.DebtorFacts(debtor, this);
    }

    public boolean isDelinquent() {
        return overdueInvoices > 0;
    }

    public static HistoryFacts of(DebtorHistory history, LocalDate asOf) {
        var currency = history.invoices().isEmpty() ? Currency.getInstance("CLP")
                : history.invoices().getFirst().currency();
        int overdueInvoices = 0, dueLastYear = 0, onTime = 0, late30 = 0, partly = 0;
        long oldest = 0, overdueMinor = 0, paid90 = 0, due90 = 0, latenessSum = 0;
        for (var invoice : history.invoices()) {
            if (invoice.issueDate().isAfter(asOf) || !invoice.currency().equals(currency)) {
                continue;
            }
            var total = total(invoice);
            var paid = paidBy(invoice, asOf);
            var due = invoice.dueDate();
            for (var allocation : invoice.allocations()) {
                if (!allocation.date().isAfter(asOf) && allocation.date().isAfter(asOf.minusDays(90))) {
                    paid90 += allocation.amount().minorUnits();
                }
            }
            if (due.isBefore(asOf) && paid < total) {
                overdueInvoices++;
                overdueMinor += total - paid;
                oldest = Math.max(oldest, asOf.toEpochDay() - due.toEpochDay());
            }
            if (!due.isAfter(asOf) && due.isAfter(asOf.minusDays(365))) {
                dueLastYear++;
                var settled = settledOn(invoice, total, asOf);
                var lateness = Math.max(0, (settled == null ? asOf : settled).toEpochDay() - due.toEpochDay());
                latenessSum += Math.min(LATENESS_CAP, lateness);
                if (settled != null && lateness <= GRACE_DAYS) {
                    onTime++;
                }
                if (lateness > 30) {
                    late30++;
                }
                if (paid > 0 && paid < total) {
                    partly++;
                }
                if (due.isAfter(asOf.minusDays(90))) {
                    due90 += total;
                }
            }
        }
        int broken = 0, kept = 0;
        for (var arrangement : history.arrangements()) {
            var ended = arrangement.endedOn();
            if (ended.isAfter(asOf) || !ended.isAfter(asOf.minusDays(365))) {
                continue;
            }
            if (arrangement.broken()) {
                broken++;
            } else {
                kept++;
            }
        }
        return new HistoryFacts(asOf, overdueInvoices, oldest, Money.ofMinor(overdueMinor, currency), dueLastYear, onTime,
                late30, dueLastYear == 0 ? 0 : (double) latenessSum / dueLastYear, partly, broken, kept,
                Money.ofMinor(paid90, currency), Money.ofMinor(due90, currency), history.ignoredContacts());
    }

    static long total(Invoice invoice) {
        return invoice.allocated().minorUnits() + invoice.openBalance().minorUnits();
    }

    static long paidBy(Invoice invoice, LocalDate day) {
        return invoice.allocations().stream().filter(a -> !a.date().isAfter(day)).map(Allocation::amount)
                .mapToLong(Money::minorUnits).sum();
    }

    /** The day the invoice was paid in full, if that happened by {@code asOf}. */
    static LocalDate settledOn(Invoice invoice, long total, LocalDate asOf) {
        long paid = 0;
        var ordered = invoice.allocations().stream().filter(a -> !a.date().isAfter(asOf))
                .sorted(java.util.Comparator.comparing(Allocation::date)).toList();
        for (var allocation : ordered) {
            paid += allocation.amount().minorUnits();
            if (paid >= total) {
                return allocation.date();
            }
        }
        return null;
    }
}
