package dev.saldo.portal.reminders;

import java.util.List;
import java.util.Map;

import dev.saldo.domain.contact.Channel;
import dev.saldo.domain.reminder.DunningStep;
import dev.saldo.domain.reminder.Tone;

/**
 * A dunning step as a supervisor edits it: when, in which tone, on which channels, and its text per
 * language ({@code es}, {@code en}). Texts name the debtor, the invoices and the link with placeholders
 * ({@link ReminderTemplates#PLACEHOLDERS}).
 */
public record ScheduleStep(int offsetDays, Tone tone, List<Channel> channels, Map<String, Template> templates) {

    public ScheduleStep {
        channels = List.copyOf(channels);
        templates = Map.copyOf(templates);
    }

    /** One language's text: an e-mail subject (the phone channels send only the body) and a body. */
    public record Template(String subject, String body) {
    }

    DunningStep rule() {
        return new DunningStep(offsetDays, tone, channels);
    }
}
