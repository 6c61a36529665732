package dev.saldo.mobile.plan;

import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.Frequency;
import dev.saldo.domain.plan.Reason;
import dev.saldo.mobile.i18n.Formats;
import dev.saldo.mobile.i18n.Messages;
import java.time.LocalDate;

/** Words a policy reason in the app's language, with money and dates formatted like the portal. */
final class ReasonWords {

    private final Messages messages;
    private final Formats formats;

    ReasonWords(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    String of(Reason reason) {
        if (!messages.has(reason.key())) {
            return reason.key();
        }
        Object[] args = reason.args().stream().map(this::argument).toArray();
        return messages.format(reason.key(), args);
    }

    private Object argument(Object value) {
        return switch (value) {
            case Money money -> formats.money(money);
            case LocalDate date -> formats.date(date);
            case Frequency frequency -> messages.get(frequency.messageKey()).toLowerCase(formats.language());
            case Number number -> String.valueOf(number);
            default -> String.valueOf(value);
        };
    }
}
