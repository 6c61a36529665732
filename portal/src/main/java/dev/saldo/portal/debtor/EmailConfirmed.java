package dev.saldo.portal.debtor;

import java.time.Instant;

import dev.saldo.domain.debtor.DebtorId;

/** The debtor opened the link sent to a new address, which is now their primary e-mail. */
public record EmailConfirmed(DebtorId debtor, Instant at, String before, String after) {
}
