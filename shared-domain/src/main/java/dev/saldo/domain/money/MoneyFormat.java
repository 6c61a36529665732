package dev.saldo.domain.money;

import static java.util.Objects.requireNonNull;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/**
 * Writes amounts the way the currency's home country writes them, whatever the UI language, so that
 * the portal shows the same figures as the debtor's own invoices ({@code $12.345 CLP}, {@code 1.234,56 €}).
 */
public final class MoneyFormat {

    private static final char NBSP = '\u00A0';
    private static final char NARROW_NBSP = '\u202F';

    private static final Map<String, Locale> HOME_LOCALES = Map.of(
            "CLP", Locale.of("es", "CL"),
            "MXN", Locale.of("es", "MX"),
            "COP", Locale.of("es", "CO"),
            "EUR", Locale.of("es", "ES"),
            "USD", Locale.of("en", "US"));

    private MoneyFormat() {
    }

    /**
     * @param locale used only for currencies Saldo has no home country for; then the ISO code stands
     *     in for the symbol, because a local symbol could be mistaken for the UI language's own money
     */
    public static String format(Money money, Locale locale) {
        requireNonNull(money, "money must not be null");
        requireNonNull(locale, "locale must not be null");
        String code = money.currency().getCurrencyCode();
        Locale home = HOME_LOCALES.get(code);
        DecimalFormat format = currencyFormat(money, home != null ? home : locale);
        if (home == null) {
            useSymbol(format, code);
        }
        // Formatting the absolute value keeps the minus in front: es-CL would otherwise write $-12.345.
        String text = format.format(money.amount().abs());
        if (home == null) {
            text = separateLeadingCode(text, code);
        } else if ("$".equals(format.getDecimalFormatSymbols().getCurrencySymbol())) {
            // A bare $ could be any of four currencies in Latin America.
            text = text + NBSP + code;
        }
        return normalise(money.isNegative() ? "-" + text : text);
    }

    public static String formatDate(LocalDate date, Locale locale) {
        requireNonNull(date, "date must not be null");
        requireNonNull(locale, "locale must not be null");
        return normalise(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date));
    }

    private static DecimalFormat currencyFormat(Money money, Locale locale) {
        NumberFormat numberFormat = NumberFormat.getCurrencyInstance(locale);
        if (!(numberFormat instanceof DecimalFormat format)) {
            throw new IllegalStateException("No decimal currency format for locale " + locale);
        }
        format.setCurrency(money.currency());
        int digits = money.amount().scale();
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    private static void useSymbol(DecimalFormat format, String symbol) {
        DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
        symbols.setCurrencySymbol(symbol);
        format.setDecimalFormatSymbols(symbols);
    }

    // CLDR separates a letter symbol from the digits (CHF 1,234.50); the JDK does not.
    private static String separateLeadingCode(String text, String code) {
        if (text.startsWith(code) && text.length() > code.length() && Character.isDigit(text.charAt(code.length()))) {
            return code + NBSP + text.substring(code.length());
        }
        return text;
    }

    // The JDK's CLDR data uses U+202F in some locales (fr grouping); one kind of space keeps output predictable.
    private static String normalise(String text) {
        return text.replace(NARROW_NBSP, NBSP);
    }
}
