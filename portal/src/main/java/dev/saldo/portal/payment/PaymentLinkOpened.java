package dev.saldo.portal.payment;

import java.time.Instant;
import java.time.LocalDate;

import dev.saldo.domain.debtor.DebtorId;

/**
 * A debtor opened, signed in as themselves, a valid payment link from a reminder.
 *
 * @param reference the message that carried the link (an outbox entry's id)
 * @param sentOn    the day the link was made, in the portfolio's calendar
 */
public record PaymentLinkOpened(DebtorId debtor, String reference, LocalDate sentOn, Instant at) {
}
