package dev.saldo.domain.plan;

import java.util.List;
import java.util.Optional;

/** The collection policy's rules, each small and named after what it guards. */
final class PlanRules {

    private PlanRules() {
    }

    /** Breaking any of these makes a proposal not allowed. */
    static List<PlanRule> limits(CollectionPolicy policy) {
        return List.of(maxInstallments(policy), allowedFrequency(policy), firstDateNotPast(),
                firstDateWithinWindow(policy), maxTerm(policy), minInstallment(policy), minDownPayment(policy));
    }

    /** Breaking any of these sends an allowed proposal to staff. */
    static List<PlanRule> autoApproval(CollectionPolicy policy) {
        return List.of(autoApprovalTerm(policy), autoApprovalDownPayment(policy), noRecentlyBrokenPlan(policy));
    }

    static PlanRule maxInstallments(CollectionPolicy policy) {
        return (schedule, standing, today) -> schedule.proposal().installments() <= policy.maxInstallments()
                ? Optional.empty() : Optional.of(Reason.of("plan.rule.max-installments", policy.maxInstallments()));
    }

    static PlanRule allowedFrequency(CollectionPolicy policy) {
        return (schedule, standing, today) -> policy.frequencies().contains(schedule.proposal().frequency())
                ? Optional.empty()
                : Optional.of(Reason.of("plan.rule.frequency", schedule.proposal().frequency()));
    }

    static PlanRule firstDateNotPast() {
        return (schedule, standing, today) -> schedule.proposal().firstDate().isBefore(today)
                ? Optional.of(Reason.of("plan.rule.first-date-past", today)) : Optional.empty();
    }

    static PlanRule firstDateWithinWindow(CollectionPolicy policy) {
        return (schedule, standing, today) -> schedule.proposal().firstDate().isAfter(policy.latestFirstDate(today))
                ? Optional.of(Reason.of("plan.rule.first-date-late", policy.latestFirstDate(today))) : Optional.empty();
    }

    static PlanRule maxTerm(CollectionPolicy policy) {
        return (schedule, standing, today) -> schedule.termDays() <= policy.maxTermDays() ? Optional.empty()
                : Optional.of(Reason.of("plan.rule.max-term", policy.maxTermDays(), today.plusDays(policy.maxTermDays())));
    }

    /** A single installment may be small: it settles the debt, so there is nothing to split too thin. */
    static PlanRule minInstallment(CollectionPolicy policy) {
        return (schedule, standing, today) -> schedule.installments().size() == 1
                || schedule.smallestInstallment().compareTo(policy.minInstallment()) >= 0 ? Optional.empty()
                : Optional.of(Reason.of("plan.rule.min-installment", policy.minInstallment()));
    }

    static PlanRule minDownPayment(CollectionPolicy policy) {
        return (schedule, standing, today) -> {
            var least = policy.minDownPayment(schedule.proposal().total());
            return schedule.proposal().downPayment().compareTo(least) >= 0 ? Optional.empty()
                    : Optional.of(Reason.of("plan.rule.min-down-payment", policy.minDownPaymentPercent(), least));
        };
    }

    static PlanRule autoApprovalTerm(CollectionPolicy policy) {
        return (schedule, standing, today) -> schedule.termDays() <= policy.autoApproval().maxTermDays()
                ? Optional.empty()
                : Optional.of(Reason.of("plan.review.term", policy.autoApproval().maxTermDays()));
    }

    static PlanRule autoApprovalDownPayment(CollectionPolicy policy) {
        return (schedule, standing, today) -> {
            var least = policy.autoApprovalDownPayment(schedule.proposal().total());
            return schedule.proposal().downPayment().compareTo(least) >= 0 ? Optional.empty()
                    : Optional.of(Reason.of("plan.review.down-payment", policy.autoApproval().minDownPaymentPercent(), least));
        };
    }

    static PlanRule noRecentlyBrokenPlan(CollectionPolicy policy) {
        return (schedule, standing, today) -> standing.lastBrokenPlan()
                .filter(broken -> broken.isAfter(today.minusMonths(policy.autoApproval().brokenPlanLookbackMonths())))
                .map(broken -> Reason.of("plan.review.broken-plan", broken));
    }
}
