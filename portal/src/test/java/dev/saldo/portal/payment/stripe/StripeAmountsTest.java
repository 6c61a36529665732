package dev.saldo.portal.payment.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saldo.domain.money.Money;
import org.junit.jupiter.api.Test;

/** Stripe counts CLP and JPY in whole units, dinars in thousandths, everything else in cents. */
class StripeAmountsTest {

    @Test
    void zero_decimal_currencies_are_sent_in_whole_units() {
        assertThat(StripeAmounts.of(Money.of("89990", "CLP"))).isEqualTo(89_990);
        assertThat(StripeAmounts.of(Money.of("5000", "JPY"))).isEqualTo(5_000);
    }

    @Test
    void two_decimal_currencies_are_sent_in_cents() {
        assertThat(StripeAmounts.of(Money.of("1250.50", "USD"))).isEqualTo(125_050);
        assertThat(StripeAmounts.of(Money.of("0.99", "EUR"))).isEqualTo(99);
        assertThat(StripeAmounts.of(Money.of("1234.56", "MXN"))).isEqualTo(123_456);
    }

    @Test
    void three_decimal_currencies_are_sent_in_thousandths() {
        assertThat(StripeAmounts.of(Money.of("1.234", "KWD"))).isEqualTo(1_234);
    }

    @Test
    void the_currency_code_is_lower_case() {
        assertThat(StripeAmounts.currency(Money.of("1", "CLP"))).isEqualTo("clp");
    }
}
