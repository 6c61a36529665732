package dev.saldo.portal.plan;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.Frequency;
import dev.saldo.domain.plan.Reason;

/** A policy reason as stored: arguments written as tagged strings so they come back with their types. */
record StoredReason(String key, List<String> args) {

    static StoredReason of(Reason reason) {
        return new StoredReason(reason.key(), reason.args().stream().map(StoredReason::write).toList());
    }

    static List<StoredReason> of(List<Reason> reasons) {
        return reasons.stream().map(StoredReason::of).toList();
    }

    Reason toDomain() {
        return new Reason(key, args.stream().map(StoredReason::read).toList());
    }

    private static String write(Object arg) {
        return switch (arg) {
            case Money money -> "money:" + money.currency().getCurrencyCode() + ":" + money.minorUnits();
            case LocalDate date -> "date:" + date;
            case Frequency frequency -> "frequency:" + frequency.name();
            case Integer n -> "int:" + n;
            case Long n -> "long:" + n;
            default -> "text:" + arg;
        };
    }

    private static Object read(String stored) {
        var tag = stored.substring(0, stored.indexOf(':'));
        var value = stored.substring(tag.length() + 1);
        return switch (tag) {
            case "money" -> Money.ofMinor(Long.parseLong(value.substring(4)), Currency.getInstance(value.substring(0, 3)));
            case "date" -> LocalDate.parse(value);
            case "frequency" -> Frequency.valueOf(value);
            case "int" -> Integer.parseInt(value);
            case "long" -> Long.parseLong(value);
            default -> value;
        };
    }
}
