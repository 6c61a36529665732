package dev.saldo.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyFormatTest {

    private static final String NBSP = "\u00A0";

    // The UI language must not change how an amount is written: the same expectation for es and en.
    @ParameterizedTest(name = "{0} {1} in {2} is written {3}")
    @CsvSource(delimiter = '|', textBlock = """
            12345      | CLP | es | $12.345·CLP
            12345      | CLP | en | $12.345·CLP
            1234.56    | MXN | es | $1,234.56·MXN
            1234.56    | MXN | en | $1,234.56·MXN
            1234567    | COP | es | $·1.234.567,00·COP
            1234567    | COP | en | $·1.234.567,00·COP
            1234.56    | EUR | es | 1.234,56·€
            1234.56    | EUR | en | 1.234,56·€
            1234.56    | USD | es | $1,234.56·USD
            1234.56    | USD | en | $1,234.56·USD
            """)
    void money_is_written_as_in_the_currencys_home_country(String amount, String currency, String language,
            String expected) {
        String formatted = MoneyFormat.format(Money.of(amount, currency), Locale.of(language));

        assertThat(formatted).isEqualTo(expected.replace("·", NBSP));
    }

    @ParameterizedTest(name = "{0} {1} is written {2}")
    @CsvSource(delimiter = '|', textBlock = """
            -12345     | CLP | -$12.345·CLP
            -1234.56   | MXN | -$1,234.56·MXN
            -1234567   | COP | -$·1.234.567,00·COP
            -1234.56   | EUR | -1.234,56·€
            -1234.56   | USD | -$1,234.56·USD
            """)
    void negative_amounts_keep_a_leading_minus(String amount, String currency, String expected) {
        assertThat(MoneyFormat.format(Money.of(amount, currency), Locale.of("es"))).isEqualTo(expected.replace("·", NBSP));
    }

    @Test
    void an_unknown_currency_follows_the_ui_locale_with_its_iso_code() {
        Money francs = Money.of("1234.5", "CHF");

        assertThat(MoneyFormat.format(francs, Locale.of("es"))).isEqualTo("1.234,50" + NBSP + "CHF");
        assertThat(MoneyFormat.format(francs, Locale.of("en"))).isEqualTo("CHF" + NBSP + "1,234.50");
    }

    @Test
    void narrow_no_break_spaces_become_regular_no_break_spaces() {
        String formatted = MoneyFormat.format(Money.of("1234567.5", "CHF"), Locale.of("fr", "FR"));

        assertThat(formatted).isEqualTo("1" + NBSP + "234" + NBSP + "567,50" + NBSP + "CHF").doesNotContain("\u202F");
    }

    @Test
    void zero_clp_has_no_decimals() {
        assertThat(MoneyFormat.format(Money.zero(java.util.Currency.getInstance("CLP")), Locale.of("en")))
                .isEqualTo("$0" + NBSP + "CLP");
    }

    @Test
    void dates_use_the_ui_locales_medium_style() {
        LocalDate date = LocalDate.of(2026, 3, 5);

        assertThat(MoneyFormat.formatDate(date, Locale.of("es"))).isEqualTo("5 mar 2026");
        assertThat(MoneyFormat.formatDate(date, Locale.of("en"))).isEqualTo("Mar 5, 2026");
    }
}
