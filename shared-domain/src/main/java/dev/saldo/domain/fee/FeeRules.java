package dev.saldo.domain.fee;

import static java.util.Objects.requireNonNull;

import dev.saldo.domain.money.Money;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * A portfolio's rules for one currency: what an invoice costs once it is late, and what paying it
 * early saves. Zero amounts and percentages switch a part off; {@link #none} switches everything off.
 *
 * @param lateFee       what accrues after the grace days
 * @param earlyDiscount what is taken off an invoice paid in full early enough
 */
public record FeeRules(Currency currency, LateFee lateFee, EarlyDiscount earlyDiscount) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public FeeRules {
        requireNonNull(currency, "currency must not be null");
        requireNonNull(lateFee, "late fee must not be null");
        requireNonNull(earlyDiscount, "early discount must not be null");
        if (!lateFee.fixed().currency().equals(currency) || !lateFee.cap().currency().equals(currency)) {
            throw new IllegalArgumentException("Fee amounts must be in " + currency.getCurrencyCode());
        }
    }

    public static FeeRules none(Currency currency) {
        return new FeeRules(currency,
                new LateFee(0, Money.zero(currency), BigDecimal.ZERO, BigDecimal.ZERO, Money.zero(currency), BigDecimal.ZERO),
                new EarlyDiscount(BigDecimal.ZERO, 0));
    }

    /**
     * @param graceDays             days after the due date before anything accrues
     * @param fixed                 a one-off amount once the grace days are over (e.g. Spain's €40 per invoice)
     * @param oneOffPercent         a one-off percentage of the unpaid amount once the grace days are over
     * @param annualInterestPercent yearly interest on the unpaid amount, accrued per day after the grace days
     * @param cap                   most that fees may add to one invoice in total; zero means no fixed cap
     * @param capPercent            most that fees may add, as a percentage of the invoice's charges; zero means none
     */
    public record LateFee(int graceDays, Money fixed, BigDecimal oneOffPercent, BigDecimal annualInterestPercent,
            Money cap, BigDecimal capPercent) {

        public LateFee {
            requireNonNull(fixed, "fixed fee must not be null");
            requireNonNull(oneOffPercent, "one-off percentage must not be null");
            requireNonNull(annualInterestPercent, "interest must not be null");
            requireNonNull(cap, "cap must not be null");
            requireNonNull(capPercent, "cap percentage must not be null");
            if (graceDays < 0 || graceDays > 365) {
                throw new IllegalArgumentException("Grace days must be between 0 and 365, was " + graceDays);
            }
            if (fixed.isNegative() || cap.isNegative()) {
                throw new IllegalArgumentException("Fee amounts cannot be negative");
            }
            requireBetween("one-off percentage", oneOffPercent, HUNDRED);
            requireBetween("yearly interest", annualInterestPercent, BigDecimal.valueOf(1000));
            requireBetween("cap percentage", capPercent, HUNDRED.multiply(BigDecimal.TEN));
        }

        public boolean charges() {
            return fixed.isPositive() || oneOffPercent.signum() > 0 || annualInterestPercent.signum() > 0;
        }
    }

    /**
     * @param percent         taken off the open balance of an invoice paid in full early enough
     * @param daysBeforeDue   how many days before the due date the payment must be made (0: by the due date)
     */
    public record EarlyDiscount(BigDecimal percent, int daysBeforeDue) {

        public EarlyDiscount {
            requireNonNull(percent, "discount percentage must not be null");
            requireBetween("discount", percent, HUNDRED);
            if (daysBeforeDue < 0 || daysBeforeDue > 365) {
                throw new IllegalArgumentException("Days before due must be between 0 and 365, was " + daysBeforeDue);
            }
        }

        public boolean offered() {
            return percent.signum() > 0;
        }
    }

    private static void requireBetween(String what, BigDecimal value, BigDecimal max) {
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException("The " + what + " must be between 0 and " + max + ", was " + value);
        }
    }
}
