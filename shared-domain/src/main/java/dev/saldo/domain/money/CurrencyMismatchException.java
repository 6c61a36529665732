package dev.saldo.domain.money;

import java.util.Currency;

/** Thrown when two amounts in different currencies meet: converting silently would invent money. */
public class CurrencyMismatchException extends IllegalArgumentException {

    private final transient Currency expected;
    private final transient Currency actual;

    public CurrencyMismatchException(Currency expected, Currency actual) {
        super("Currency mismatch: expected " + expected.getCurrencyCode() + " but got " + actual.getCurrencyCode());
        this.expected = expected;
        this.actual = actual;
    }

    public Currency expected() {
        return expected;
    }

    public Currency actual() {
        return actual;
    }
}
