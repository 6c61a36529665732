package dev.saldo.domain.api;

import static java.util.Objects.requireNonNull;

import dev.saldo.domain.money.Money;

/**
 * Money on the wire: a decimal string at the currency's minor units ({@code "12345"} CLP,
 * {@code "1234.50"} EUR) and the ISO code. A string, so no JSON reader turns it into a double.
 */
public record Amount(String amount, String currency) {

    public Amount {
        requireNonNull(amount, "amount must not be null");
        requireNonNull(currency, "currency must not be null");
    }

    public static Amount of(Money money) {
        return new Amount(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }

    public Money toMoney() {
        return Money.of(amount, currency);
    }
}
