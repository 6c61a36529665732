package dev.saldo.portal.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.Frequency;
import dev.saldo.domain.plan.Outcome;
import dev.saldo.domain.plan.Reason;
import dev.saldo.domain.plan.Verdict;
import java.util.List;
import dev.saldo.domain.plan.PlanEvent;
import dev.saldo.domain.plan.PlanStatus;
import dev.saldo.domain.plan.PromiseStatus;
import dev.saldo.domain.plan.Proposal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;

/**
 * Staff's side: the queue of proposals waiting for a person, and approve / reject / counter-offer.
 * Each decision names the version the agent looked at; if the plan changed since (another agent
 * decided), the decision fails with {@link DecisionConflictException} and nothing is written.
 */
@Service
public class ProposalReview {

    /** What staff see beside a proposal about the debtor's past. */
    public record DebtorHistory(long plans, long brokenPlans, long completedPlans, long brokenPromises,
            long keptPromises) {
    }

    private final Plans plans;
    private final Promises promises;
    private final PlanDesk desk;
    private final PolicyBook policies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalReview(Plans plans, Promises promises, PlanDesk desk, PolicyBook policies, ApplicationEventPublisher events,
            Clock clock) {
        this.plans = plans;
        this.promises = promises;
        this.desk = desk;
        this.policies = policies;
        this.events = events;
        this.clock = clock;
    }

    /** Proposals waiting for review, oldest first, optionally only one currency's. */
    public Slice<PlanSummary> queue(Optional<Currency> currency, Pageable pageable) {
        var page = currency.map(c -> plans.findByStatusAndCurrencyOrderByProposedAtAsc(PlanStatus.PENDING_REVIEW,
                        c.getCurrencyCode(), pageable))
                .orElseGet(() -> plans.findByStatusOrderByProposedAtAsc(PlanStatus.PENDING_REVIEW, pageable));
        return page.map(PlanSummary::of);
    }

    public PlanSummary proposal(String planId) {
        return PlanSummary.of(plans.findById(planId).orElseThrow(() -> new PlanNotFoundException(planId)));
    }

    public DebtorHistory history(DebtorId debtor) {
        var id = debtor.value();
        return new DebtorHistory(plans.countByDebtorId(id), plans.countByDebtorIdAndStatus(id, PlanStatus.BROKEN),
                plans.countByDebtorIdAndStatus(id, PlanStatus.COMPLETED),
                promises.countByDebtorIdAndStatus(id, PromiseStatus.BROKEN),
                promises.countByDebtorIdAndStatus(id, PromiseStatus.KEPT));
    }

    public PlanSummary approve(String planId, long seenVersion, String agent) {
        var plan = current(planId, seenVersion);
        var saved = desk.activate(plan, plan.proposal(), new PlanRecord.Decision("APPROVED", agent, clock.instant(), null));
        events.publishEvent(new PlanEvent.InstallmentPlanApproved(planId, DebtorId.of(plan.debtorId()), agent,
                clock.instant()));
        return PlanSummary.of(saved);
    }

    public PlanSummary reject(String planId, long seenVersion, String agent, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new PlanRefusedException("review.reject.reason-required");
        }
        var plan = current(planId, seenVersion);
        var saved = ReviewSupport.save(plans, plan.moveTo(PlanStatus.REJECTED,
                new PlanRecord.Decision("REJECTED", agent, clock.instant(), reason.strip()), 0).endedOn(desk.today()));
        events.publishEvent(new PlanEvent.InstallmentPlanRejected(planId, DebtorId.of(plan.debtorId()), agent,
                reason.strip(), clock.instant()));
        return PlanSummary.of(saved);
    }

    /**
     * Offers other terms for the same debt. The policy must allow them (a counter-offer outside the
     * auto-approval bounds is fine: a person is deciding).
     *
     * @throws PlanRefusedException with the policy's reasons if the terms are not allowed
     */
    public PlanSummary counterOffer(String planId, long seenVersion, String agent, Money downPayment, int installments,
            Frequency frequency, LocalDate firstDate, String note) {
        var plan = current(planId, seenVersion);
        var verdict = evaluateCounterOffer(planId, downPayment, installments, frequency, firstDate);
        if (!verdict.isAllowed()) {
            throw new PlanRefusedException(verdict.reasons(), verdict.alternative());
        }
        var offer = Proposal.of(plan.proposal().total(), downPayment, installments, frequency, firstDate);
        var saved = ReviewSupport.save(plans, plan.withCounterOffer(offer).moveTo(PlanStatus.COUNTER_OFFERED,
                new PlanRecord.Decision("COUNTER_OFFERED", agent, clock.instant(), note == null ? null : note.strip()), 0));
        events.publishEvent(new PlanEvent.InstallmentPlanCounterOffered(planId, DebtorId.of(plan.debtorId()), agent,
                installments, downPayment, clock.instant()));
        return PlanSummary.of(saved);
    }

    /** What the policy says about these counter-offer terms for this plan's debt; nothing is stored. */
    public Verdict evaluateCounterOffer(String planId, Money downPayment, Integer installments, Frequency frequency,
            LocalDate firstDate) {
        var plan = plans.findById(planId).orElseThrow(() -> new PlanNotFoundException(planId));
        var total = plan.proposal().total();
        Proposal offer;
        try {
            offer = Proposal.of(total, downPayment, installments == null ? 0 : installments, frequency, firstDate);
        } catch (IllegalArgumentException | NullPointerException e) {
            return new Verdict(Outcome.NOT_ALLOWED, List.of(Reason.of("plan.input.counter-offer-shape", total)),
                    Optional.empty());
        }
        return policies.policyFor(plan.money()).evaluate(offer, desk.standing(DebtorId.of(plan.debtorId())), desk.today());
    }

    /** The plan as the agent saw it, or a conflict naming who decided it since. */
    private PlanRecord current(String planId, long seenVersion) {
        var plan = plans.findById(planId).orElseThrow(() -> new PlanNotFoundException(planId));
        var version = plan.version() == null ? 0 : plan.version();
        if (version != seenVersion || plan.status() != PlanStatus.PENDING_REVIEW) {
            throw new DecisionConflictException(planId, plan.lastDecision().map(PlanRecord.Decision::by));
        }
        return plan;
    }
}
