package dev.saldo.portal.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.payment.PaymentStatus;
import dev.saldo.domain.plan.PlanStatus;
import dev.saldo.portal.payment.CardPayments;
import dev.saldo.portal.payment.PaymentOrder;
import dev.saldo.portal.payment.SavedCards;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Charges due installments to the debtor's saved card, off-session, once a day. Each attempt is
 * claimed by inserting its idempotency key, which the gateway receives too, so neither a second run
 * nor a second instance charges twice. A card that is declined or needs the debtor (3-D Secure) leaves
 * the installment open: the debtor is e-mailed a link and sees a notice on "My payment plan".
 */
@Service
public class AutomaticInstallmentCharges {

    private static final Logger log = LoggerFactory.getLogger(AutomaticInstallmentCharges.class);
    private static final int PAGE = 100;

    /** The last automatic charge of a plan, as the debtor sees it; {@code failure} is a message key or null. */
    public record LastCharge(int installmentNumber, String failure) {
    }

    private final Plans plans;
    private final AutoCharges charges;
    private final PlanPaymentLinks links;
    private final PlanLifecycle lifecycle;
    private final SavedCards cards;
    private final CardPayments payments;
    private final AutoChargeMail mail;
    private final Clock clock;

    AutomaticInstallmentCharges(Plans plans, AutoCharges charges, PlanPaymentLinks links, PlanLifecycle lifecycle,
            SavedCards cards, CardPayments payments, AutoChargeMail mail, Clock clock) {
        this.plans = plans;
        this.charges = charges;
        this.links = links;
        this.lifecycle = lifecycle;
        this.cards = cards;
        this.payments = payments;
        this.mail = mail;
        this.clock = clock;
    }

    @Scheduled(cron = "${saldo.plan.auto-charge.cron:0 0 9 * * *}", zone = "${saldo.time-zone:America/Santiago}")
    @SchedulerLock(name = "plan-auto-charge", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void daily() {
        var run = runFor(LocalDate.now(clock));
        log.info("Automatic installment charges: {} paid, {} not", run.paid(), run.failed());
    }

    /** What one run did. */
    public record Run(int paid, int failed) {
    }

    public Run runFor(LocalDate today) {
        int paid = 0;
        int failed = 0;
        var page = PageRequest.of(0, PAGE);
        while (true) {
            var slice = plans.findByStatusAndNextDueDateLessThanEqual(PlanStatus.ACTIVE, today, page);
            for (var plan : slice) {
                var outcome = charge(plan);
                paid += outcome.filter(Boolean::booleanValue).isPresent() ? 1 : 0;
                failed += outcome.filter(ok -> !ok).isPresent() ? 1 : 0;
            }
            if (!slice.hasNext()) {
                return new Run(paid, failed);
            }
            page = page.next();
        }
    }

    /** The plan's most recent automatic charge, if the debtor's card was tried for it. */
    public Optional<LastCharge> lastCharge(DebtorId debtor, String planId) {
        return charges.findFirstByDebtorIdOrderByAtDesc(debtor.value()).filter(c -> c.planId().equals(planId))
                .map(c -> new LastCharge(c.installmentNumber(), c.failure()));
    }

    /** Empty when nothing was tried (no card, or already tried in this state); else whether it was paid. */
    private Optional<Boolean> charge(PlanRecord plan) {
        var debtor = DebtorId.of(plan.debtorId());
        var next = plan.progress().next();
        if (next.isEmpty() || cards.find(debtor).isEmpty()) {
            return Optional.empty();
        }
        var line = next.get();
        var number = line.installment().number();
        var key = "auto-" + plan.id() + "-" + number + "-" + line.paid().minorUnits();
        AutoCharge claim;
        try {
            claim = charges.insert(new AutoCharge(key, plan.id(), plan.debtorId(), number, clock.instant(), null, null));
        } catch (DuplicateKeyException alreadyTried) {
            return Optional.empty();
        }
        var order = new PaymentOrder(line.open().currency(), plan.invoiceIds().stream().map(InvoiceId::of).toList(),
                line.open());
        var payment = payments.charge(debtor, order, key);
        if (payment.isEmpty()) {
            return Optional.empty();
        }
        links.save(new PlanPaymentLink(payment.get().id(), plan.id(), number));
        if (payment.get().status() == PaymentStatus.SUCCEEDED) {
            lifecycle.installmentPaid(plan.id(), number, payment.get().amount(), payment.get().id());
            charges.save(claim.finished(payment.get().id(), null));
            return Optional.of(true);
        }
        var reason = payment.get().failure();
        var failure = reason == null ? "payment.failure.processing-error" : reason.messageKey();
        charges.save(claim.finished(payment.get().id(), failure));
        mail.payOnline(debtor, line.open(), failure);
        return Optional.of(false);
    }
}
