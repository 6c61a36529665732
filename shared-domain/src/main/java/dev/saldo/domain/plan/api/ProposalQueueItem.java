package dev.saldo.domain.plan.api;

import java.time.Instant;
import java.util.List;

/** A proposal waiting for staff, with why it needs a person and the debtor's history. */
public record ProposalQueueItem(String id, String debtorId, String debtorName, TermsView terms,
        List<ReasonView> reasons, Instant proposedAt, long pastPlans, long brokenPlans, long brokenPromises) {
}
