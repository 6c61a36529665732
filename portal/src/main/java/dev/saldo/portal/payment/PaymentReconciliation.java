package dev.saldo.portal.payment;

import java.time.Clock;
import java.time.Instant;

import dev.saldo.domain.payment.PaymentStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The payment janitor: asks the gateway about attempts left open for longer than
 * {@code saldo.payment.reconcile-after} and settles them, and finishes confirmations a crash cut
 * short, so a lost webhook or a restart between redirect and webhook loses no payment.
 */
@Component
public class PaymentReconciliation {

    private static final Logger log = LoggerFactory.getLogger(PaymentReconciliation.class);

    private final Payments payments;
    private final PaymentGateway gateway;
    private final PaymentSettlement settlement;
    private final PaymentAttempts attempts;
    private final PaymentSettings settings;
    private final Clock clock;

    PaymentReconciliation(Payments payments, PaymentGateway gateway, PaymentSettlement settlement,
            PaymentAttempts attempts, PaymentSettings settings, Clock clock) {
        this.payments = payments;
        this.gateway = gateway;
        this.settlement = settlement;
        this.attempts = attempts;
        this.settings = settings;
        this.clock = clock;
    }

    /** The timer's entry point: locked, so one instance reconciles at a time across the cluster. */
    @Scheduled(initialDelayString = "${saldo.payment.reconcile-every:5m}", fixedDelayString = "${saldo.payment.reconcile-every:5m}")
    @SchedulerLock(name = "payment-reconciliation", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
    void reconcileOnSchedule() {
        reconcile();
    }

    public void reconcile() {
        var cutoff = Instant.now(clock).minus(settings.reconcileAfter());
        var settled = 0;
        for (var payment : payments.findByStatusInAndCreatedAtBefore(PaymentAttempts.OPEN, cutoff)) {
            if (settle(payment)) {
                settled++;
            }
        }
        for (var payment : payments.findByStatusAndAppliedIsNull(PaymentStatus.SUCCEEDED)) {
            settlement.applyAllocations(payment.id());
            settled++;
        }
        if (settled > 0) {
            log.info("Reconciliation settled {} payment(s)", settled);
        }
    }

    private boolean settle(PaymentRecord payment) {
        if (payment.sessionId() == null) {
            // The checkout was never opened, so the debtor never had anywhere to pay.
            return attempts.expired(payment.id());
        }
        if (!gateway.name().equals(payment.gateway())) {
            return false;
        }
        try {
            var outcome = gateway.lookup(payment.id(), payment.sessionId());
            outcome.ifPresent(settlement::apply);
            return outcome.isPresent();
        } catch (RuntimeException e) {
            log.warn("Reconciliation could not ask {} about payment {}", gateway.name(), payment.id(), e);
            return false;
        }
    }

}
