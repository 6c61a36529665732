package dev.saldo.portal.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.plan.PlanProgress;
import dev.saldo.domain.plan.PlanStatus;
import dev.saldo.domain.plan.Proposal;
import dev.saldo.domain.plan.Reason;

/** A plan as screens and controllers show it. {@code version} lets staff decide on exactly what they saw. */
public record PlanSummary(String id, DebtorId debtor, PlanStatus status, List<String> invoiceIds, Proposal terms,
        PlanProgress progress, Optional<Proposal> counterOffer, List<Reason> reasons, Optional<String> decisionNote,
        Optional<String> decidedBy, Instant proposedAt, long version) {

    static PlanSummary of(PlanRecord r) {
        var last = r.lastDecision();
        return new PlanSummary(r.id(), DebtorId.of(r.debtorId()), r.status(), r.invoiceIds(), r.proposal(), r.progress(),
                r.counterProposal(), r.reasons().stream().map(StoredReason::toDomain).toList(),
                last.map(PlanRecord.Decision::note).filter(n -> n != null && !n.isBlank()),
                last.map(PlanRecord.Decision::by), r.proposedAt(), r.version() == null ? 0 : r.version());
    }
}
