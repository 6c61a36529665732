package dev.saldo.portal.plan;

import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;

/** Saving a plan whose version changed since it was read means someone else got there first. */
final class ReviewSupport {

    private ReviewSupport() {
    }

    static PlanRecord save(Plans plans, PlanRecord plan) {
        try {
            return plans.save(plan);
        } catch (OptimisticLockingFailureException e) {
            var now = plans.findById(plan.id());
            throw new DecisionConflictException(plan.id(),
                    now.flatMap(PlanRecord::lastDecision).map(PlanRecord.Decision::by).or(Optional::empty));
        }
    }
}
