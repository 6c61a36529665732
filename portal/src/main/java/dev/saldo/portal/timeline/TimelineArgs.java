package dev.saldo.portal.timeline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

import dev.saldo.domain.money.Money;

/** Timeline arguments as stored: tagged strings, so money, dates and message keys come back with their types. */
public final class TimelineArgs {

    /** An argument that is itself a message key, translated when shown. */
    public record Key(String key) {
    }

    private TimelineArgs() {
    }

    public static List<String> write(Object... args) {
        return Arrays.stream(args).map(TimelineArgs::writeOne).toList();
    }

    static String writeOne(Object arg) {
        return switch (arg) {
            case null -> "text:";
            case Money money -> "money:" + money.currency().getCurrencyCode() + ":" + money.minorUnits();
            case LocalDate date -> "date:" + date;
            case Key key -> "key:" + key.key();
            default -> "text:" + arg;
        };
    }

    public static Object read(String stored) {
        var tag = stored.substring(0, stored.indexOf(':'));
        var value = stored.substring(tag.length() + 1);
        return switch (tag) {
            case "money" -> Money.ofMinor(Long.parseLong(value.substring(4)), Currency.getInstance(value.substring(0, 3)));
            case "date" -> LocalDate.parse(value);
            case "key" -> new Key(value);
            default -> value;
        };
    }
}
