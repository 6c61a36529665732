package dev.saldo.portal.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

import dev.saldo.domain.fee.FeeRules;
import dev.saldo.domain.money.Money;
import org.junit.jupiter.api.Test;

class FeeSettingsTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void a_currency_without_configured_defaults_has_no_fees_and_no_discount() {
        var settings = new FeeSettings(Map.of(), "0 30 3 * * *", 200);

        assertThat(settings.defaultRules(EUR)).isEqualTo(FeeRules.none(EUR));
        assertThat(settings.defaultRules(EUR).lateFee().charges()).isFalse();
        assertThat(settings.defaultRules(EUR).earlyDiscount().offered()).isFalse();
    }

    @Test
    void configured_defaults_apply_whatever_the_case_of_the_currency_key_from_the_environment() {
        var spain = new FeeSettings.Rule(0, new BigDecimal("40"), BigDecimal.ZERO, new BigDecimal("12.15"),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE, 10);
        var settings = new FeeSettings(Map.of("eur", spain), "0 30 3 * * *", 200);

        var rules = settings.defaultRules(EUR);

        assertThat(rules.lateFee().fixed()).isEqualTo(Money.of("40", "EUR"));
        assertThat(rules.lateFee().annualInterestPercent()).isEqualByComparingTo("12.15");
        assertThat(rules.earlyDiscount().daysBeforeDue()).isEqualTo(10);
    }
}
