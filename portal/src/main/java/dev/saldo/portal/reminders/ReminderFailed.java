package dev.saldo.portal.reminders;

import java.time.Instant;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.reminder.Tone;

/** A reminder could not be delivered on any of its channels, or ran out of attempts; it will not be tried again. */
public record ReminderFailed(DebtorId debtor, String reminderId, ReminderKind kind, Tone tone, String reason,
        Instant at) {
}
