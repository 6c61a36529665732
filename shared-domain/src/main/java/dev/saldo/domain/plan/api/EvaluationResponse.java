package dev.saldo.domain.plan.api;

import dev.saldo.domain.plan.Outcome;
import java.util.List;

/** The policy's verdict on a proposal and the schedule it means; {@code alternative} only when not allowed. */
public record EvaluationResponse(Outcome outcome, List<ReasonView> reasons, TermsView terms,
        List<InstallmentView> schedule, TermsView alternative) {
}
