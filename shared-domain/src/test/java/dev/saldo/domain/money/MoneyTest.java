package dev.saldo.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency CLP = Currency.getInstance("CLP");
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void clp_has_no_minor_units() {
        Money money = Money.of("12345.5", "CLP");

        assertThat(money.amount()).isEqualTo(new BigDecimal("12346"));
        assertThat(money.minorUnits()).isEqualTo(12346);
    }

    @Test
    void eur_keeps_two_decimals_rounding_half_up() {
        assertThat(Money.of("10.505", "EUR").amount()).isEqualTo(new BigDecimal("10.51"));
        assertThat(Money.of("10.5", "EUR").amount()).isEqualTo(new BigDecimal("10.50"));
        assertThat(Money.of("-10.505", "EUR").amount()).isEqualTo(new BigDecimal("-10.51"));
    }

    @Test
    void currencies_without_minor_units_in_iso_4217_keep_two_decimals() {
        assertThat(Money.of("1.005", "XXX").amount()).isEqualTo(new BigDecimal("1.01"));
    }

    @Test
    void minor_units_are_cents_for_eur_and_pesos_for_clp() {
        assertThat(Money.ofMinor(1050, EUR)).isEqualTo(Money.of("10.50", "EUR"));
        assertThat(Money.ofMinor(1050, CLP)).isEqualTo(Money.of("1050", "CLP"));
    }

    @Test
    void equal_amounts_are_equal_however_they_were_written() {
        Money written = Money.of(new BigDecimal("10.5"), EUR);
        Money computed = Money.of("4.25", "EUR").plus(Money.of("6.250", "EUR"));

        assertThat(written).isEqualTo(computed).hasSameHashCodeAs(computed);
        assertThat(written).isNotEqualTo(Money.of("10.5", "USD"));
    }

    @Test
    void to_string_shows_the_amount_and_iso_code() {
        assertThat(Money.of("12345", "CLP")).hasToString("12345 CLP");
        assertThat(Money.of("10.5", "EUR")).hasToString("10.50 EUR");
        assertThat(Money.of("-0.5", "EUR")).hasToString("-0.50 EUR");
    }

    @Test
    void zero_and_signs_are_reported() {
        assertThat(Money.zero(EUR).isZero()).isTrue();
        assertThat(Money.zero(EUR).amount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(Money.of("0.004", "EUR").isZero()).isTrue();
        assertThat(Money.of("0.01", "EUR").isPositive()).isTrue();
        assertThat(Money.of("-0.01", "EUR").isNegative()).isTrue();
        assertThat(Money.of("5", "EUR").negate()).isEqualTo(Money.of("-5", "EUR"));
    }

    @Test
    void times_rounds_to_the_currencys_minor_units() {
        assertThat(Money.of("100", "CLP").times(new BigDecimal("0.015"))).isEqualTo(Money.of("2", "CLP"));
        assertThat(Money.of("10.00", "EUR").times(new BigDecimal("0.3333"))).isEqualTo(Money.of("3.33", "EUR"));
    }

    @Test
    void splitting_100_clp_in_three_gives_33_33_34() {
        assertThat(Money.of("100", "CLP").split(3))
                .containsExactly(Money.of("33", "CLP"), Money.of("33", "CLP"), Money.of("34", "CLP"));
    }

    @Test
    void splitting_ten_euros_in_three_puts_the_extra_cent_last() {
        assertThat(Money.of("10", "EUR").split(3))
                .containsExactly(Money.of("3.33", "EUR"), Money.of("3.33", "EUR"), Money.of("3.34", "EUR"));
    }

    @Test
    void splitting_into_fewer_than_one_part_is_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("10", "EUR").split(0))
                .withMessageContaining("0 parts");
    }

    @Test
    void sum_of_nothing_is_zero_in_the_given_currency() {
        assertThat(Money.sum(CLP, List.of())).isEqualTo(Money.zero(CLP));
        assertThat(Money.sum(CLP, List.of(Money.of("1", "CLP"), Money.of("2", "CLP")))).isEqualTo(Money.of("3", "CLP"));
    }

    @Test
    void min_and_max_compare_amounts() {
        Money small = Money.of("1", "EUR");
        Money big = Money.of("2", "EUR");

        assertThat(small.min(big)).isSameAs(small);
        assertThat(small.max(big)).isSameAs(big);
        assertThat(small).isLessThan(big);
    }

    @Test
    void minor_units_beyond_a_long_are_not_truncated_silently() {
        Money huge = Money.of(new BigDecimal("1e30"), EUR);

        assertThatThrownBy(huge::minorUnits).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void nulls_are_rejected_with_a_message_naming_the_argument() {
        assertThatNullPointerException().isThrownBy(() -> Money.of((BigDecimal) null, EUR))
                .withMessageContaining("amount");
        assertThatNullPointerException().isThrownBy(() -> Money.of(BigDecimal.ONE, null))
                .withMessageContaining("currency");
        assertThatNullPointerException().isThrownBy(() -> Money.zero(EUR).plus(null))
                .withMessageContaining("money");
        assertThatNullPointerException().isThrownBy(() -> Money.zero(EUR).times(null))
                .withMessageContaining("factor");
    }

    @Test
    void text_that_is_not_an_amount_or_a_currency_is_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("12,50", "EUR"))
                .withMessageContaining("12,50");
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("12.50", "EURO"))
                .withMessageContaining("EURO");
    }
}
