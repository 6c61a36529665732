package dev.saldo.portal.plan;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.invoice.InvoiceStatus;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.DebtorStanding;
import dev.saldo.domain.plan.api.ProposalBasis;
import dev.saldo.domain.plan.IllegalTransitionException;
import dev.saldo.domain.plan.Outcome;
import dev.saldo.domain.plan.PlanEvent;
import dev.saldo.domain.plan.PlanStatus;
import dev.saldo.domain.plan.Proposal;
import dev.saldo.domain.plan.Reason;
import dev.saldo.domain.plan.Schedule;
import dev.saldo.domain.plan.Verdict;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.invoice.InvoiceRow;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * What a debtor does with plans: try terms and see the verdict, submit, answer a counter-offer, pay.
 * Every method takes the debtor's id and only ever touches that debtor's plans and invoices.
 */
@Service
public class PlanDesk {

    static final EnumSet<PlanStatus> OPEN = EnumSet.of(PlanStatus.PENDING_REVIEW, PlanStatus.COUNTER_OFFERED,
            PlanStatus.ACTIVE);
    static final String POLICY = "policy";

    private final Plans plans;
    private final InvoiceBook invoices;
    private final PolicyBook policies;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<InstallmentPayments> payments;
    private final Clock clock;

    PlanDesk(Plans plans, InvoiceBook invoices, PolicyBook policies, ApplicationEventPublisher events,
            ObjectProvider<InstallmentPayments> payments, Clock clock) {
        this.plans = plans;
        this.invoices = invoices;
        this.policies = policies;
        this.events = events;
        this.payments = payments;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The portfolio's calendar day of an instant, for history lines. */
    public LocalDate dayOf(java.time.Instant at) {
        return LocalDate.ofInstant(at, clock.getZone());
    }

    /** Unpaid invoices a plan could cover: not already in one. */
    public List<InvoiceRow> candidateInvoices(DebtorId debtor) {
        return invoices.unsettled(debtor).stream().filter(row -> !row.inPlan()).toList();
    }

    /** The overdue candidates, which a new proposal covers unless the debtor picks otherwise. */
    public List<InvoiceId> defaultInvoices(DebtorId debtor) {
        return candidateInvoices(debtor).stream().filter(row -> row.status() == InvoiceStatus.OVERDUE)
                .map(row -> InvoiceId.of(row.id())).toList();
    }

    /** The verdict and schedule for a draft; nothing is stored. */
    public Evaluation evaluate(DebtorId debtor, PlanDraft draft) {
        var today = today();
        var problems = new ArrayList<Reason>();
        var proposal = proposal(debtor, draft, problems);
        if (proposal.isEmpty()) {
            return new Evaluation(Optional.empty(), new Verdict(Outcome.NOT_ALLOWED, problems, Optional.empty()));
        }
        var policy = policies.policyFor(proposal.get().total().currency());
        return new Evaluation(Optional.of(Schedule.of(proposal.get(), today)),
                policy.evaluate(proposal.get(), standing(debtor), today));
    }

    /**
     * Submits a draft. Auto-approved plans are active at once and their invoices marked "in plan";
     * others wait for staff. A refusal writes nothing.
     *
     * @throws PlanRefusedException with the policy's reasons when the draft is not allowed
     */
    public PlanSummary submit(DebtorId debtor, PlanDraft draft) {
        if (currentPlan(debtor).isPresent()) {
            throw new PlanRefusedException("plan.input.open-plan");
        }
        var evaluation = evaluate(debtor, draft);
        var verdict = evaluation.verdict();
        if (!verdict.isAllowed()) {
            throw new PlanRefusedException(verdict.reasons(), verdict.alternative());
        }
        var proposal = evaluation.proposal().orElseThrow();
        var today = today();
        var invoiceIds = resolveInvoices(debtor, draft).stream().map(InvoiceId::value).toList();
        PlanRecord saved;
        try {
            saved = plans.insert(PlanRecord.proposed(debtor.value(), proposal.total().currency(), invoiceIds, proposal,
                    PlanStatus.PENDING_REVIEW, StoredReason.of(verdict.reasons()), clock.instant(), today));
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            throw new PlanRefusedException("plan.input.open-plan");
        }
        events.publishEvent(new PlanEvent.InstallmentPlanProposed(saved.id(), debtor, proposal.total(),
                proposal.installments(), verdict.outcome(), clock.instant()));
        if (verdict.outcome() == Outcome.AUTO_APPROVED) {
            saved = activate(saved, saved.proposal(), new PlanRecord.Decision("APPROVED", POLICY, clock.instant(), null));
            events.publishEvent(new PlanEvent.InstallmentPlanApproved(saved.id(), debtor, POLICY, clock.instant()));
        }
        return PlanSummary.of(saved);
    }

    /** The debtor's plan that is pending, counter-offered or active, if any (at most one). */
    public Optional<PlanSummary> currentPlan(DebtorId debtor) {
        return plans.findByDebtorIdOrderByProposedAtDesc(debtor.value()).stream()
                .filter(p -> OPEN.contains(p.status())).findFirst().map(PlanSummary::of);
    }

    public List<PlanSummary> plans(DebtorId debtor) {
        return plans.findByDebtorIdOrderByProposedAtDesc(debtor.value()).stream().map(PlanSummary::of).toList();
    }

    public PlanSummary plan(DebtorId debtor, String planId) {
        return PlanSummary.of(own(debtor, planId));
    }

    /** Takes staff's counter-offer: the plan becomes active on those terms. */
    public PlanSummary acceptCounterOffer(DebtorId debtor, String planId) {
        var plan = own(debtor, planId);
        if (plan.status() != PlanStatus.COUNTER_OFFERED) {
            throw new IllegalTransitionException("plan", plan.status().name(), PlanStatus.ACTIVE.name());
        }
        var offer = plan.counterProposal().orElseThrow();
        var active = activate(plan, offer, new PlanRecord.Decision("ACCEPTED", "debtor", clock.instant(), null));
        events.publishEvent(new PlanEvent.CounterOfferAccepted(planId, debtor, clock.instant()));
        return PlanSummary.of(active);
    }

    public PlanSummary declineCounterOffer(DebtorId debtor, String planId) {
        var plan = own(debtor, planId);
        var declined = ReviewSupport.save(plans, plan.moveTo(PlanStatus.DECLINED,
                new PlanRecord.Decision("DECLINED", "debtor", clock.instant(), null), 0).endedOn(today()));
        events.publishEvent(new PlanEvent.CounterOfferDeclined(planId, debtor, clock.instant()));
        return PlanSummary.of(declined);
    }

    /** Starts paying the plan's next open payment through the payment capability; empty if unavailable. */
    public Optional<URI> payNext(DebtorId debtor, String planId) {
        var plan = own(debtor, planId);
        if (plan.status() != PlanStatus.ACTIVE) {
            throw new PlanRefusedException("plan.pay.not-active");
        }
        var next = plan.progress().next().orElseThrow(() -> new PlanRefusedException("plan.pay.nothing-due"));
        var key = plan.id() + ":" + next.installment().number() + ":" + next.paid().minorUnits();
        var port = payments.getIfAvailable(() -> (d, p, n, a, i, k) -> Optional.empty());
        return port.start(debtor, plan.id(), next.installment().number(), next.open(),
                plan.invoiceIds().stream().map(InvoiceId::of).toList(), key);
    }

    /**
     * What a phone needs to compute a default proposal itself: today, the overdue debt not yet in a
     * plan (in the first currency owed), that currency's policy and the debtor's standing.
     */
    public ProposalBasis basis(DebtorId debtor) {
        var overdue = candidateInvoices(debtor).stream().filter(row -> row.status() == InvoiceStatus.OVERDUE).toList();
        if (overdue.isEmpty()) {
            return ProposalBasis.of(today(), null, List.of(), null, standing(debtor));
        }
        var currency = overdue.getFirst().openBalance().currency();
        var same = overdue.stream().filter(row -> row.openBalance().currency().equals(currency)).toList();
        var total = Money.sum(currency, same.stream().map(InvoiceRow::openBalance).toList());
        return ProposalBasis.of(today(), total, same.stream().map(InvoiceRow::id).toList(), policies.policyFor(currency),
                standing(debtor));
    }

    DebtorStanding standing(DebtorId debtor) {
        var broken = plans.findTop1ByDebtorIdAndStatusOrderByEndedOnDesc(debtor.value(), PlanStatus.BROKEN);
        return new DebtorStanding(broken.stream().map(PlanRecord::endedOn).filter(java.util.Objects::nonNull).findFirst(),
                0);
    }

    /** Activates a plan on these terms with a fresh schedule from today and marks its invoices. */
    PlanRecord activate(PlanRecord plan, Proposal terms, PlanRecord.Decision decision) {
        var policy = policies.policyFor(plan.money());
        var ids = plan.invoiceIds().stream().map(InvoiceId::of).toList();
        var moved = plan.moveTo(PlanStatus.ACTIVE, decision, policy.graceDays())
                .withSchedule(terms, today(), policy.graceDays());
        var saved = ReviewSupport.save(plans, moved);
        if (!invoices.markInPlan(DebtorId.of(plan.debtorId()), ids, plan.id())) {
            // An invoice was paid or planned meanwhile; the plan still stands on the debt it covers.
            org.slf4j.LoggerFactory.getLogger(PlanDesk.class).warn("Plan {}: some invoices could not be marked in plan",
                    plan.id());
        }
        return saved;
    }

    private PlanRecord own(DebtorId debtor, String planId) {
        return plans.findById(planId).filter(p -> p.debtorId().equals(debtor.value()))
                .orElseThrow(() -> new PlanNotFoundException(planId));
    }

    private List<InvoiceId> resolveInvoices(DebtorId debtor, PlanDraft draft) {
        return draft.invoices() == null ? defaultInvoices(debtor) : draft.invoices();
    }

    private Optional<Proposal> proposal(DebtorId debtor, PlanDraft draft, List<Reason> problems) {
        var ids = resolveInvoices(debtor, draft);
        if (ids.isEmpty()) {
            problems.add(Reason.of("plan.input.no-invoices"));
            return Optional.empty();
        }
        var candidates = candidateInvoices(debtor);
        var chosen = new ArrayList<InvoiceRow>();
        for (var id : ids) {
            var row = candidates.stream().filter(c -> c.id().equals(id.value())).findFirst();
            if (row.isEmpty()) {
                problems.add(Reason.of("plan.input.invoice-unavailable"));
                return Optional.empty();
            }
            chosen.add(row.get());
        }
        var currencies = chosen.stream().map(row -> row.openBalance().currency()).distinct().toList();
        if (currencies.size() > 1) {
            problems.add(Reason.of("plan.input.mixed-currencies"));
            return Optional.empty();
        }
        Currency currency = currencies.getFirst();
        var total = Money.sum(currency, chosen.stream().map(InvoiceRow::openBalance).toList());
        var down = Money.of(draft.downPayment() == null ? BigDecimal.ZERO : draft.downPayment(), currency);
        if (down.isNegative() || down.compareTo(total) >= 0) {
            problems.add(Reason.of("plan.input.down-payment-range", total));
        }
        var count = draft.installments();
        if (count == null || count < 1 || count > Proposal.MAX_INSTALLMENTS
                || (down.compareTo(total) < 0 && total.minus(down).minorUnits() < count)) {
            problems.add(Reason.of("plan.input.installments-range", policies.policyFor(currency).maxInstallments()));
        }
        if (draft.frequency() == null) {
            problems.add(Reason.of("plan.input.frequency"));
        }
        if (draft.firstDate() == null) {
            problems.add(Reason.of("plan.input.first-date"));
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Proposal.of(total, down, count, draft.frequency(), draft.firstDate()));
    }
}
