package dev.saldo.portal.reminders;

import java.time.Instant;

import dev.saldo.domain.contact.Channel;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.reminder.Tone;

/**
 * A reminder the provider had accepted on {@code channel} did not reach the debtor (the carrier or WhatsApp
 * reported it undelivered); it is tried again on its next channel, if it has one.
 */
public record ReminderUndelivered(DebtorId debtor, String reminderId, ReminderKind kind, Tone tone, Channel channel,
        String reason, Instant at) {
}
