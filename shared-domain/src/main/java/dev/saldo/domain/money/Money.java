package dev.saldo.domain.money;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.List;

/**
 * An amount in one currency, always held at that currency's minor units (CLP 0 decimals, EUR 2),
 * so that two equal amounts are equal however they were computed.
 */
public final class Money implements Comparable<Money> {

    private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    // Currencies without minor units in ISO 4217 (XAU, XXX) report -1; two decimals is the safe default.
    private static final int FALLBACK_FRACTION_DIGITS = 2;

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        requireNonNull(amount, "amount must not be null");
        requireNonNull(currency, "currency must not be null");
        this.currency = currency;
        this.amount = amount.setScale(fractionDigits(currency), ROUNDING);
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money of(String amount, String currencyCode) {
        requireNonNull(amount, "amount must not be null");
        requireNonNull(currencyCode, "currency code must not be null");
        return new Money(parse(amount), currency(currencyCode));
    }

    public static Money ofMinor(long minorUnits, Currency currency) {
        requireNonNull(currency, "currency must not be null");
        return new Money(BigDecimal.valueOf(minorUnits, fractionDigits(currency)), currency);
    }

    public static Money zero(Currency currency) {
        return ofMinor(0, currency);
    }

    /** Adds up amounts of one currency; an empty collection is zero in that currency. */
    public static Money sum(Currency currency, Collection<Money> values) {
        requireNonNull(values, "values must not be null");
        Money total = zero(currency);
        for (Money value : values) {
            total = total.plus(value);
        }
        return total;
    }

    public BigDecimal amount() {
        return amount;
    }

    public Currency currency() {
        return currency;
    }

    /** The amount in the currency's smallest unit (cents, or whole pesos for CLP); throws if it does not fit a long. */
    public long minorUnits() {
        return amount.unscaledValue().longValueExact();
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    public Money times(BigDecimal factor) {
        requireNonNull(factor, "factor must not be null");
        return new Money(amount.multiply(factor), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Splits into {@code parts} amounts that differ by whole minor units only; what cannot be shared
     * equally goes to the last part, so an instalment plan always adds up to the debt exactly.
     */
    public List<Money> split(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("Cannot split into " + parts + " parts: need at least 1");
        }
        BigInteger[] quotientAndRemainder = amount.unscaledValue().divideAndRemainder(BigInteger.valueOf(parts));
        Money part = new Money(new BigDecimal(quotientAndRemainder[0], amount.scale()), currency);
        List<Money> result = new ArrayList<>(Collections.nCopies(parts - 1, part));
        result.add(part.plus(new Money(new BigDecimal(quotientAndRemainder[1], amount.scale()), currency)));
        return List.copyOf(result);
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int hashCode() {
        // Consistent with equals because the scale is fixed per currency.
        return 31 * currency.hashCode() + amount.hashCode();
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private Money sameCurrency(Money other) {
        requireNonNull(other, "other money must not be null");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
        return other;
    }

    private static int fractionDigits(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        return digits < 0 ? FALLBACK_FRACTION_DIGITS : digits;
    }

    private static BigDecimal parse(String amount) {
        try {
            return new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not an amount: '" + amount + "'", e);
        }
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an ISO 4217 currency code: '" + code + "'", e);
        }
    }
}
