package dev.saldo.portal.timeline;

import java.time.Instant;

import dev.saldo.domain.debtor.DebtorId;

/** Staff resolved an invoice's dispute: its dunning may resume. */
public record DisputeResolved(DebtorId debtor, String invoiceId, String resolvedBy, Instant at) {
}
