package dev.saldo.portal.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.PlanEvent;
import dev.saldo.domain.plan.PromiseStatus;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.invoice.InvoiceRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Promises to pay: an amount by a date within the policy's window, one pending at a time. */
@Service
public class PromiseDesk {

    private final Promises promises;
    private final InvoiceBook invoices;
    private final PolicyBook policies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PromiseDesk(Promises promises, InvoiceBook invoices, PolicyBook policies, ApplicationEventPublisher events,
            Clock clock) {
        this.promises = promises;
        this.invoices = invoices;
        this.policies = policies;
        this.events = events;
        this.clock = clock;
    }

    /** What the debtor owes in the currency of their oldest unpaid invoice, outside any plan. */
    public Money owed(DebtorId debtor) {
        var open = invoices.unsettled(debtor).stream().filter(row -> !row.inPlan()).toList();
        if (open.isEmpty()) {
            return Money.zero(Currency.getInstance("CLP"));
        }
        var currency = open.getFirst().openBalance().currency();
        return Money.sum(currency, open.stream().map(InvoiceRow::openBalance).filter(m -> m.currency().equals(currency))
                .toList());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDate latestDate(DebtorId debtor) {
        return LocalDate.now(clock).plusDays(policies.policyFor(owed(debtor).currency()).promiseWithinDays());
    }

    /**
     * @throws PlanRefusedException with the policy's reasons when the promise is not allowed; nothing is written
     */
    public PromiseSummary promise(DebtorId debtor, BigDecimal amount, LocalDate date) {
        if (amount == null || date == null) {
            throw new PlanRefusedException("promise.input.required");
        }
        if (!promises.findByDebtorIdAndStatusOrderByMadeAtAsc(debtor.value(), PromiseStatus.PENDING).isEmpty()) {
            throw new PlanRefusedException("promise.input.pending-exists");
        }
        var owed = owed(debtor);
        var money = Money.of(amount, owed.currency());
        var policy = policies.policyFor(owed.currency());
        var today = LocalDate.now(clock);
        var verdict = policy.evaluatePromise(money, date, owed, today);
        if (!verdict.isAllowed()) {
            throw new PlanRefusedException(verdict.reasons(), verdict.alternative());
        }
        var saved = promises.insert(new PromiseRecord(null, debtor.value(), owed.currency().getCurrencyCode(),
                money.minorUnits(), 0, date, date.plusDays(policy.graceDays() + 1L), PromiseStatus.PENDING, clock.instant(),
                null, null));
        events.publishEvent(new PlanEvent.PromiseToPayMade(saved.id(), debtor, money, date, clock.instant()));
        return PromiseSummary.of(saved);
    }

    public List<PromiseSummary> promises(DebtorId debtor) {
        return promises.findByDebtorIdOrderByMadeAtDesc(debtor.value()).stream().map(PromiseSummary::of).toList();
    }
}
