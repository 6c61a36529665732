package dev.saldo.portal.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.payment.PaymentStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Payments made elsewhere: the debtor reports one, staff confirm it (it then settles exactly like an
 * online payment, through {@link PaymentSettlement}) or reject it.
 */
@Service
public class TransferReview {

    private static final Logger log = LoggerFactory.getLogger(TransferReview.class);

    private final PaymentService payments;
    private final Payments records;
    private final PaymentAttempts attempts;
    private final PaymentSettlement settlement;
    private final MongoTemplate mongo;
    private final dev.saldo.portal.debtor.DebtorDirectory debtors;
    private final Clock clock;

    TransferReview(PaymentService payments, Payments records, PaymentAttempts attempts, PaymentSettlement settlement,
            MongoTemplate mongo, dev.saldo.portal.debtor.DebtorDirectory debtors, Clock clock) {
        this.debtors = debtors;
        this.payments = payments;
        this.records = records;
        this.attempts = attempts;
        this.settlement = settlement;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Records the reported transfer with its planned split; nothing reaches the invoices until staff confirm. */
    public PaymentRecord report(DebtorId debtor, TransferReport report) {
        report.validate();
        var plan = payments.preview(debtor, report.order());
        var now = Instant.now(clock);
        var shares = payments.shares(debtor, plan);
        var record = records.insert(new PaymentRecord(PaymentIds.next(), debtor.value(),
                plan.amount().currency().getCurrencyCode(), plan.amount().minorUnits(), PaymentStatus.REPORTED,
                "transfer", "transfer", null, null, null, shares, null, 0, 0, null, report.reference().strip(), now, now,
                null));
        if (report.proof() != null) {
            mongo.insert(new TransferProof(record.id(), report.proof().fileName(),
                    report.proof().contentType().orElseThrow(), report.proof().content()));
        }
        return record;
    }

    /** Reported transfers waiting for staff, oldest first. */
    public Slice<PaymentRecord> waiting(Pageable pageable) {
        return records.findByStatusOrderByCreatedAtAsc(PaymentStatus.REPORTED,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    public String debtorName(PaymentRecord payment) {
        return debtors.find(payment.debtor()).map(d -> d.name()).orElse(payment.debtorId());
    }

    public Optional<TransferProof> proof(String paymentId) {
        return Optional.ofNullable(mongo.findById(paymentId, TransferProof.class));
    }

    public void confirm(String paymentId, String staff) {
        settlement.apply("transfer_confirmed_" + paymentId, "transfer.confirmed",
                new GatewayEvent.Succeeded(paymentId, "transfer_" + paymentId));
        log.info("Reported transfer {} confirmed by {}", paymentId, staff);
    }

    public boolean reject(String paymentId, String staff) {
        var rejected = attempts.rejected(paymentId);
        log.info("Reported transfer {} rejected by {}: {}", paymentId, staff, rejected);
        return rejected;
    }
}
