package dev.saldo.portal.plan;

import java.time.LocalDate;
import java.util.Locale;

import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.Frequency;
import dev.saldo.domain.plan.Reason;
import dev.saldo.portal.ui.Formats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Words a policy reason for a person, with money and dates written the way the screens write them. */
@Component
public class ReasonText {

    private final MessageSource messages;

    ReasonText(MessageSource messages) {
        this.messages = messages;
    }

    public String format(Reason reason, Locale locale) {
        var args = reason.args().stream().map(arg -> switch (arg) {
            case Money money -> Formats.money(money, locale);
            case LocalDate date -> Formats.date(date, locale);
            case Frequency frequency -> messages.getMessage(frequency.messageKey(), null, locale).toLowerCase(locale);
            default -> arg;
        }).toArray();
        return messages.getMessage(reason.key(), args, reason.key(), locale);
    }

    public String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
