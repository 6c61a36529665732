package dev.saldo.mobile.i18n;

import dev.saldo.domain.api.Amount;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.money.MoneyFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Money and dates written exactly as the portal writes them (shared-domain {@link MoneyFormat}). */
public final class Formats {

    private final Locale language;
    private final ZoneId zone;

    public Formats(Locale language, ZoneId zone) {
        this.language = language;
        this.zone = zone;
    }

    public String money(Money money) {
        return MoneyFormat.format(money, language);
    }

    public String money(Amount amount) {
        return money(amount.toMoney());
    }

    public String money(String amount, String currency) {
        return money(Money.of(amount, currency));
    }

    public String date(LocalDate date) {
        return MoneyFormat.formatDate(date, language);
    }

    /** A moment on this phone's clock, e.g. for "as of". */
    public String dateTime(Instant instant) {
        var local = instant.atZone(zone);
        return date(local.toLocalDate()) + " " + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language)
                .format(local).replace('\u202F', ' ');
    }

    public Locale language() {
        return language;
    }
}
