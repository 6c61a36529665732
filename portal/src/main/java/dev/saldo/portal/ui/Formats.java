package dev.saldo.portal.ui;

import java.time.LocalDate;
import java.util.Locale;

import dev.saldo.domain.money.Money;
import dev.saldo.domain.money.MoneyFormat;

/** Money and dates as the screens show them, in one place so every screen writes them alike. */
public final class Formats {

    private Formats() {
    }

    public static String money(Money money, Locale locale) {
        return MoneyFormat.format(money, locale);
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : MoneyFormat.formatDate(date, locale);
    }
}
