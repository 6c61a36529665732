package dev.saldo.portal.plan;

import java.time.Clock;
import java.time.LocalDate;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.PlanEvent;
import dev.saldo.domain.plan.PlanStatus;
import dev.saldo.domain.plan.PromiseStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Moves plans and promises along with time and payments: paid installments keep a plan active, the
 * last one completes it; the daily job breaks plans and promises whose indexed {@code breaksOn} day has
 * come, releasing the plan's invoices back to plain overdue.
 */
@Service
public class PlanLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PlanLifecycle.class);
    private static final int BATCH = 100;

    private final Plans plans;
    private final Promises promises;
    private final PolicyBook policies;
    private final dev.saldo.portal.invoice.InvoiceBook invoices;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    PlanLifecycle(Plans plans, Promises promises, PolicyBook policies, dev.saldo.portal.invoice.InvoiceBook invoices,
            org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.promises = promises;
        this.policies = policies;
        this.invoices = invoices;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${saldo.plan.lifecycle-cron:0 15 4 * * *}", zone = "${saldo.time-zone:America/Santiago}")
    @SchedulerLock(name = "plan-lifecycle", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void daily() {
        var result = runFor(LocalDate.now(clock));
        log.info("Plan lifecycle: {} plans and {} promises broken", result.brokenPlans(), result.brokenPromises());
    }

    /** What one run changed. */
    public record Run(int brokenPlans, int brokenPromises) {
    }

    /** Breaks what is due to break on {@code today}; running it twice on one day changes nothing more. */
    public Run runFor(LocalDate today) {
        int brokenPlans = 0;
        for (var batch = plans.findByStatusAndBreaksOnLessThanEqual(PlanStatus.ACTIVE, today, PageRequest.of(0, BATCH));
                batch.hasContent();
                batch = plans.findByStatusAndBreaksOnLessThanEqual(PlanStatus.ACTIVE, today, PageRequest.of(0, BATCH))) {
            int before = brokenPlans;
            for (var plan : batch) {
                brokenPlans += breakPlan(plan, today) ? 1 : 0;
            }
            if (brokenPlans == before) {
                break;
            }
        }
        int brokenPromises = 0;
        for (var promise : promises.findByStatusAndBreaksOnLessThanEqual(PromiseStatus.PENDING, today,
                PageRequest.of(0, 10_000))) {
            try {
                promises.save(promise.moveTo(PromiseStatus.BROKEN, today));
                brokenPromises++;
                events.publishEvent(new PlanEvent.PromiseToPayBroken(promise.id(), DebtorId.of(promise.debtorId()),
                        Money.ofMinor(promise.amountMinor(), java.util.Currency.getInstance(promise.currency())),
                        promise.date(), clock.instant()));
            } catch (OptimisticLockingFailureException e) {
                log.info("Promise {} changed while being broken; left for the next run", promise.id());
            }
        }
        return new Run(brokenPlans, brokenPromises);
    }

    private boolean breakPlan(PlanRecord plan, LocalDate today) {
        var grace = policies.policyFor(plan.money()).graceDays();
        if (!plan.progress().isBrokenOn(today, grace)) {
            // The grace days grew since the date was indexed: re-index instead of breaking.
            plans.save(plan.withProgressDates(grace));
            return false;
        }
        var missed = plan.nextDueDate();
        try {
            var broken = plans.save(plan.moveTo(PlanStatus.BROKEN,
                    new PlanRecord.Decision("BROKEN", "lifecycle", clock.instant(), null), grace).endedOn(today));
            invoices.releaseFromPlan(broken.id());
            events.publishEvent(new PlanEvent.InstallmentPlanBroken(plan.id(), DebtorId.of(plan.debtorId()), missed,
                    clock.instant()));
            return true;
        } catch (OptimisticLockingFailureException e) {
            log.info("Plan {} changed while being broken (a payment?); left for the next run", plan.id());
            return false;
        }
    }

    /**
     * Records a payment against one of a plan's payments; called by the payment capability once a
     * payment has succeeded. Idempotent by {@code reference}. The last payment completes the plan.
     *
     * @throws IllegalArgumentException if the amount is more than that payment still owes
     */
    public PlanSummary installmentPaid(String planId, int number, Money amount, String reference) {
        var plan = plans.findById(planId).orElseThrow(() -> new PlanNotFoundException(planId));
        if (plan.paymentReferences().contains(reference)) {
            return PlanSummary.of(plan);
        }
        if (plan.status() != PlanStatus.ACTIVE) {
            throw new dev.saldo.domain.plan.IllegalTransitionException("plan", plan.status().name(), "paid");
        }
        var today = LocalDate.now(clock);
        var grace = policies.policyFor(plan.money()).graceDays();
        var progress = plan.progress().pay(number, amount, today);
        var updated = plan.withPayments(progress, reference, grace);
        var debtor = DebtorId.of(plan.debtorId());
        if (progress.isComplete()) {
            updated = updated.moveTo(PlanStatus.COMPLETED, new PlanRecord.Decision("COMPLETED", "lifecycle",
                    clock.instant(), null), grace).endedOn(today);
        }
        var saved = plans.save(updated);
        events.publishEvent(new PlanEvent.InstallmentPaid(planId, debtor, number, amount, clock.instant()));
        if (saved.status() == PlanStatus.COMPLETED) {
            invoices.releaseFromPlan(planId);
            events.publishEvent(new PlanEvent.InstallmentPlanCompleted(planId, debtor, plan.invoiceIds(), clock.instant()));
        }
        return PlanSummary.of(saved);
    }

    /** Counts a payment towards the debtor's oldest pending promise; called by the payment capability. */
    public void paymentReceived(DebtorId debtor, Money amount) {
        var pending = promises.findByDebtorIdAndStatusOrderByMadeAtAsc(debtor.value(), PromiseStatus.PENDING).stream()
                .filter(p -> p.currency().equals(amount.currency().getCurrencyCode())).findFirst();
        pending.ifPresent(promise -> {
            var paid = promise.paid(amount.minorUnits());
            if (paid.paidMinor() >= paid.amountMinor()) {
                paid = paid.moveTo(PromiseStatus.KEPT, LocalDate.now(clock));
            }
            var saved = promises.save(paid);
            if (saved.status() == PromiseStatus.KEPT) {
                events.publishEvent(new PlanEvent.PromiseToPayKept(saved.id(), debtor,
                        Money.ofMinor(saved.amountMinor(), amount.currency()), clock.instant()));
            }
        });
    }
}
