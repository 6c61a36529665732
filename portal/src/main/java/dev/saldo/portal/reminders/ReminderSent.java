package dev.saldo.portal.reminders;

import java.time.Instant;

import dev.saldo.domain.contact.Channel;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.reminder.Tone;

/** A reminder reached the debtor's server or provider on {@code channel}. */
public record ReminderSent(DebtorId debtor, String reminderId, ReminderKind kind, Tone tone, Channel channel,
        String subject, Instant at) {
}
