package dev.saldo.domain.plan;

import static java.util.Objects.requireNonNull;

import dev.saldo.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the business accepts for one currency's portfolio, as two lists of small named rules: the
 * limits (breaking one means not allowed) and the auto-approval bounds (breaking one means a person
 * decides). The same code judges a proposal on the portal, on the phone and in staff counter-offers.
 *
 * @param maxInstallments          most installments after the down payment
 * @param maxTermDays              most days from today to the last payment
 * @param minInstallment           smallest installment, unless there is only one
 * @param minDownPaymentPercent    least down payment, in percent of the debt
 * @param frequencies              how often installments may fall due
 * @param firstPaymentWithinDays   latest first installment, in days from today
 * @param graceDays                days an installment or promise may be late before it counts as broken
 * @param promiseWithinDays        latest date of a promise to pay, in days from today
 * @param autoApproval             bounds within which no person needs to look
 */
public record CollectionPolicy(
        Currency currency,
        int maxInstallments,
        int maxTermDays,
        Money minInstallment,
        int minDownPaymentPercent,
        Set<Frequency> frequencies,
        int firstPaymentWithinDays,
        int graceDays,
        int promiseWithinDays,
        AutoApproval autoApproval) {

    /**
     * @param maxTermDays              longest term approved automatically
     * @param minDownPaymentPercent    least down payment approved automatically
     * @param brokenPlanLookbackMonths a plan broken this recently sends the proposal to review
     */
    public record AutoApproval(int maxTermDays, int minDownPaymentPercent, int brokenPlanLookbackMonths) {

        public AutoApproval {
            requireNotNegative("auto-approval term", maxTermDays);
            requirePercent("auto-approval down payment", minDownPaymentPercent);
            requireNotNegative("broken plan look-back", brokenPlanLookbackMonths);
        }
    }

    public CollectionPolicy {
        requireNonNull(currency, "currency must not be null");
        requireNonNull(minInstallment, "minimum installment must not be null");
        requireNonNull(autoApproval, "auto-approval bounds must not be null");
        frequencies = Set.copyOf(requireNonNull(frequencies, "frequencies must not be null"));
        if (!minInstallment.currency().equals(currency)) {
            throw new IllegalArgumentException("Minimum installment " + minInstallment + " is not in " + currency);
        }
        if (maxInstallments < 1 || maxInstallments > Proposal.MAX_INSTALLMENTS) {
            throw new IllegalArgumentException("Maximum installments must be 1 to " + Proposal.MAX_INSTALLMENTS
                    + ", not " + maxInstallments);
        }
        if (frequencies.isEmpty()) {
            throw new IllegalArgumentException("A policy must allow at least one frequency");
        }
        requireNotNegative("maximum term", maxTermDays);
        requireNotNegative("minimum installment", minInstallment.minorUnits());
        requirePercent("minimum down payment", minDownPaymentPercent);
        requireNotNegative("first payment window", firstPaymentWithinDays);
        requireNotNegative("grace days", graceDays);
        requireNotNegative("promise window", promiseWithinDays);
    }

    /** Evaluates a proposal made today by a debtor with this standing. */
    public Verdict evaluate(Proposal proposal, DebtorStanding standing, LocalDate today) {
        requireNonNull(proposal, "proposal must not be null");
        requireNonNull(standing, "standing must not be null");
        requireNonNull(today, "today must not be null");
        if (!proposal.total().currency().equals(currency)) {
            throw new IllegalArgumentException("Proposal in " + proposal.total().currency() + " judged by the "
                    + currency + " policy");
        }
        var schedule = Schedule.of(proposal, today);
        var broken = failures(PlanRules.limits(this), schedule, standing, today);
        if (!broken.isEmpty()) {
            return new Verdict(Outcome.NOT_ALLOWED, broken, nearestAllowed(proposal, standing, today));
        }
        var review = failures(PlanRules.autoApproval(this), schedule, standing, today);
        return review.isEmpty() ? Verdict.autoApproved() : new Verdict(Outcome.NEEDS_REVIEW, review, Optional.empty());
    }

    /** Evaluates a promise to pay {@code amount} of {@code owed} by {@code date}: allowed or not, never reviewed. */
    public Verdict evaluatePromise(Money amount, LocalDate date, Money owed, LocalDate today) {
        requireNonNull(amount, "amount must not be null");
        requireNonNull(date, "date must not be null");
        requireNonNull(owed, "owed must not be null");
        requireNonNull(today, "today must not be null");
        var reasons = PromiseRules.check(this, amount, date, owed, today);
        return reasons.isEmpty() ? Verdict.autoApproved() : new Verdict(Outcome.NOT_ALLOWED, reasons, Optional.empty());
    }

    /** The least down payment the limits require for this debt. */
    public Money minDownPayment(Money total) {
        return percentOf(total, minDownPaymentPercent);
    }

    /** The least down payment the auto-approval bounds accept for this debt. */
    public Money autoApprovalDownPayment(Money total) {
        return percentOf(total, autoApproval.minDownPaymentPercent());
    }

    /** A percentage of an amount, rounded up to the minor unit so that paying it never falls short. */
    static Money percentOf(Money total, int percent) {
        var exact = total.amount().multiply(BigDecimal.valueOf(percent)).movePointLeft(2);
        return Money.of(exact.setScale(total.amount().scale(), RoundingMode.CEILING), total.currency());
    }

    public LocalDate latestFirstDate(LocalDate today) {
        return today.plusDays(firstPaymentWithinDays);
    }

    public CollectionPolicy withAutoApproval(AutoApproval bounds) {
        return new CollectionPolicy(currency, maxInstallments, maxTermDays, minInstallment, minDownPaymentPercent,
                frequencies, firstPaymentWithinDays, graceDays, promiseWithinDays, bounds);
    }

    /**
     * The nearest proposal the limits allow: keep what can be kept, then clamp the frequency, first
     * date, down payment and count one by one, and shorten the plan until it fits.
     */
    Optional<Proposal> nearestAllowed(Proposal proposal, DebtorStanding standing, LocalDate today) {
        var total = proposal.total();
        var frequency = frequencies.contains(proposal.frequency()) ? proposal.frequency()
                : frequencies.stream().min(Comparator.comparingInt(f -> Math.abs(f.ordinal() - proposal.frequency().ordinal())))
                        .orElseThrow();
        var first = proposal.firstDate().isBefore(today) ? today
                : proposal.firstDate().isAfter(latestFirstDate(today)) ? latestFirstDate(today) : proposal.firstDate();
        var down = proposal.downPayment().max(minDownPayment(total));
        if (down.compareTo(total) >= 0) {
            return Optional.empty();
        }
        var financedMinor = total.minus(down).minorUnits();
        var count = (int) Math.min(Math.min(proposal.installments(), maxInstallments), financedMinor);
        for (; count >= 1; count--) {
            var candidate = Proposal.of(total, down, count, frequency, first);
            var schedule = Schedule.of(candidate, today);
            if (failures(PlanRules.limits(this), schedule, standing, today).isEmpty()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static List<Reason> failures(List<PlanRule> rules, Schedule schedule, DebtorStanding standing, LocalDate today) {
        return rules.stream().flatMap(rule -> rule.check(schedule, standing, today).stream()).toList();
    }

    /** Every frequency, for policies that do not restrict it. */
    public static Set<Frequency> anyFrequency() {
        return EnumSet.allOf(Frequency.class);
    }

    private static void requireNotNegative(String what, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("The " + what + " must not be negative: " + value);
        }
    }

    private static void requirePercent(String what, int value) {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException("The " + what + " must be a percentage from 0 to 100, not " + value);
        }
    }
}
