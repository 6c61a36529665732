package dev.saldo.portal.debtor;

import java.time.Instant;

import dev.saldo.domain.debtor.DebtorId;

/** A debtor's personal data was erased on request; capabilities holding more of it (logins) erase theirs. */
public record DebtorErased(DebtorId debtorId, Instant erasedAt) {
}
