package dev.saldo.portal.timeline;

import java.time.LocalDate;
import java.util.Locale;

import dev.saldo.domain.money.Money;
import dev.saldo.portal.ui.Formats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Words a timeline entry for a person, with money, dates and keyed arguments written in their language. */
@Component
public class TimelineText {

    private final MessageSource messages;

    TimelineText(MessageSource messages) {
        this.messages = messages;
    }

    /** The entry as the debtor reads it ("You paid…"). */
    public String format(TimelineEntry entry, Locale locale) {
        return format(entry, entry.key(), locale);
    }

    /** The entry as staff read it: the {@code <key>.staff} wording where one exists, else the debtor's. */
    public String formatForStaff(TimelineEntry entry, Locale locale) {
        var staffKey = entry.key() + ".staff";
        var hasStaffWording = messages.getMessage(staffKey, null, null, locale) != null;
        return format(entry, hasStaffWording ? staffKey : entry.key(), locale);
    }

    private String format(TimelineEntry entry, String messageKey, Locale locale) {
        var args = entry.args() == null ? new Object[0] : entry.args().stream().map(TimelineArgs::read).map(arg -> switch (arg) {
            case Money money -> Formats.money(money, locale);
            case LocalDate date -> Formats.date(date, locale);
            case TimelineArgs.Key key -> messages.getMessage(key.key(), null, key.key(), locale);
            default -> arg;
        }).toArray();
        return messages.getMessage(messageKey, args, entry.key(), locale);
    }
}
