package dev.saldo.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MoneyArithmeticProperties {

    static Stream<Arguments> pairs() {
        Random random = MoneySamples.random();
        return IntStream.range(0, MoneySamples.COUNT).mapToObj(i -> {
            Currency currency = MoneySamples.currency(random);
            return Arguments.of(MoneySamples.money(random, currency), MoneySamples.money(random, currency));
        });
    }

    static Stream<Arguments> splits() {
        Random random = MoneySamples.random();
        return IntStream.range(0, MoneySamples.COUNT).mapToObj(i -> Arguments.of(
                MoneySamples.money(random, MoneySamples.currency(random)),
                random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 1 + random.nextInt(60)));
    }

    static Stream<Arguments> minorUnitsInEveryCurrency() {
        Random random = MoneySamples.random();
        return IntStream.range(0, MoneySamples.COUNT)
                .mapToObj(i -> Arguments.of(MoneySamples.minorUnits(random), MoneySamples.currency(random)));
    }

    static Stream<Arguments> rawAmounts() {
        Random random = MoneySamples.random();
        return IntStream.range(0, MoneySamples.COUNT).mapToObj(i -> {
            Currency currency = MoneySamples.currency(random);
            return Arguments.of(MoneySamples.rawAmount(random, currency), currency);
        });
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void minus_undoes_plus(Money a, Money b) {
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void plus_is_commutative_and_agrees_with_minus_of_the_negation(Money a, Money b) {
        assertThat(a.plus(b)).isEqualTo(b.plus(a)).isEqualTo(a.minus(b.negate()));
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void min_and_max_pick_one_of_the_two_in_order(Money a, Money b) {
        assertThat(a.min(b)).isLessThanOrEqualTo(a.max(b));
        assertThat(List.of(a.min(b), a.max(b))).containsExactlyInAnyOrder(a, b);
    }

    @ParameterizedTest
    @MethodSource("splits")
    void split_parts_add_up_exactly_to_the_whole(Money whole, int parts) {
        List<Money> split = whole.split(parts);

        assertThat(split).hasSize(parts);
        assertThat(Money.sum(whole.currency(), split)).isEqualTo(whole);
    }

    @ParameterizedTest
    @MethodSource("splits")
    void split_puts_the_remainder_on_the_last_part_only(Money whole, int parts) {
        List<Money> split = whole.split(parts);
        Money first = split.getFirst();
        long remainder = whole.minorUnits() % parts;

        assertThat(split.subList(0, parts - 1)).allSatisfy(part -> assertThat(part).isEqualTo(first));
        assertThat(first.minorUnits()).isEqualTo(whole.minorUnits() / parts);
        assertThat(split.getLast().minus(first).minorUnits()).isEqualTo(remainder);
    }

    @ParameterizedTest
    @MethodSource("minorUnitsInEveryCurrency")
    void minor_units_round_trip(long minorUnits, Currency currency) {
        Money money = Money.ofMinor(minorUnits, currency);

        assertThat(money.minorUnits()).isEqualTo(minorUnits);
        assertThat(Money.of(money.amount(), currency)).isEqualTo(money);
        assertThat(Money.of(money.amount().toPlainString(), currency.getCurrencyCode())).isEqualTo(money);
    }

    @ParameterizedTest
    @MethodSource("rawAmounts")
    void amounts_are_rounded_half_up_to_the_currencys_minor_units(BigDecimal raw, Currency currency) {
        int digits = fractionDigits(currency);
        Money money = Money.of(raw, currency);

        assertThat(money.amount().scale()).isEqualTo(digits);
        assertThat(money.amount()).isEqualByComparingTo(raw.setScale(digits, RoundingMode.HALF_UP));
        assertThat(money.amount().subtract(raw).abs())
                .isLessThanOrEqualTo(BigDecimal.ONE.movePointLeft(digits).divide(BigDecimal.TWO));
    }

    @ParameterizedTest
    @MethodSource("rawAmounts")
    void times_rounds_the_exact_product_once(BigDecimal factor, Currency currency) {
        Money money = Money.of("1234.5", currency.getCurrencyCode());

        BigDecimal exact = money.amount().multiply(factor);

        assertThat(money.times(factor).amount())
                .isEqualTo(exact.setScale(fractionDigits(currency), RoundingMode.HALF_UP));
        assertThat(money.times(BigDecimal.ONE)).isEqualTo(money);
    }

    // ISO 4217 gives XXX and the metals no minor units (-1); Money keeps two decimals for them.
    private static int fractionDigits(Currency currency) {
        return currency.getDefaultFractionDigits() < 0 ? 2 : currency.getDefaultFractionDigits();
    }
}
