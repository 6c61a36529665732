package dev.saldo.portal.timeline;

import java.time.Instant;

import dev.saldo.domain.debtor.DebtorId;

/** A debtor disputed an invoice: its dunning pauses until staff resolve it. */
public record DisputeOpened(DebtorId debtor, String invoiceId, DisputeReason reason, Instant at) {
}
