package dev.saldo.domain.plan.api;

import dev.saldo.domain.plan.PlanStatus;
import java.time.Instant;
import java.util.List;

/** A plan as its debtor sees it: terms, payments, any counter-offer and what staff said. */
public record PlanView(String id, PlanStatus status, List<String> invoiceIds, TermsView terms,
        List<InstallmentView> installments, long installmentsPaid, long installmentCount, TermsView counterOffer,
        List<ReasonView> reasons, String decisionNote, Instant proposedAt) {
}
