package dev.saldo.portal.payment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;

import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.payment.PaymentStatus;
import dev.saldo.portal.invoice.InvoiceAllocations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The one way a gateway's word changes a payment, used alike by the Stripe webhook, the sandbox
 * checkout and the reconciliation job. Applying the same news twice, or news out of order, ends in
 * the same state as applying it once in order: transitions are conditional, allocations are
 * idempotent per payment, and event ids are recorded.
 */
@Service
public class PaymentSettlement {

    private static final Logger log = LoggerFactory.getLogger(PaymentSettlement.class);

    private final Payments payments;
    private final PaymentAttempts attempts;
    private final InvoiceAllocations invoices;
    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentSettlement(Payments payments, PaymentAttempts attempts, InvoiceAllocations invoices, MongoTemplate mongo,
            ApplicationEventPublisher events, Clock clock) {
        this.payments = payments;
        this.attempts = attempts;
        this.invoices = invoices;
        this.mongo = mongo;
        this.events = events;
        this.clock = clock;
    }

    public boolean alreadyProcessed(String eventId) {
        return mongo.exists(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(eventId)), ProcessedEvent.class);
    }

    /**
     * Applies a gateway event once per event id. The effect is applied before the id is recorded, so a
     * crash in between means a redelivery applies it again, which the idempotent steps absorb.
     */
    public void apply(String eventId, String eventType, GatewayEvent event) {
        if (alreadyProcessed(eventId)) {
            return;
        }
        apply(event);
        try {
            mongo.insert(new ProcessedEvent(eventId, eventType, event.paymentId(), Instant.now(clock)));
        } catch (DuplicateKeyException concurrentDelivery) {
            log.debug("Event {} was recorded by a concurrent delivery", eventId);
        }
    }

    /** Our attempt behind a gateway payment id (Stripe: the PaymentIntent), once the gateway has told us it. */
    public java.util.Optional<String> paymentIdForReference(String reference) {
        return reference == null ? java.util.Optional.empty()
                : payments.findFirstByGatewayReference(reference).map(PaymentRecord::id);
    }

    /** Applies what the gateway says about an attempt; unknown attempts are ignored. */
    public void apply(GatewayEvent event) {
        if (payments.findById(event.paymentId()).isEmpty()) {
            log.warn("Gateway event for unknown payment {} ignored: {}", event.paymentId(), event);
            return;
        }
        switch (event) {
            case GatewayEvent.Succeeded s -> {
                attempts.succeeded(s.paymentId(), s.reference());
                applyAllocations(s.paymentId());
            }
            case GatewayEvent.Processing p -> attempts.processing(p.paymentId(), p.reference());
            case GatewayEvent.Failed f -> attempts.failed(f.paymentId(), f.reason());
            case GatewayEvent.Expired e -> attempts.expired(e.paymentId());
            case GatewayEvent.Refunded r -> refund(r);
        }
    }

    /**
     * Puts a succeeded payment onto its invoices, if that has not happened yet. Each invoice takes at
     * most what it still owes; whatever is left over becomes credit on the debtor's account.
     */
    void applyAllocations(String paymentId) {
        var payment = payments.findById(paymentId).orElseThrow();
        if (payment.status() != PaymentStatus.SUCCEEDED || payment.applied() != null) {
            return;
        }
        var today = LocalDate.now(clock);
        var shares = new ArrayList<PaymentRecord.Share>();
        var total = 0L;
        for (var planned : payment.planned()) {
            var applied = invoices.allocate(payment.debtor(), InvoiceId.of(planned.invoiceId()), payment.id(),
                    payment.money(planned.amountMinor()), today);
            if (applied.isPositive()) {
                shares.add(new PaymentRecord.Share(planned.invoiceId(), planned.invoiceNumber(), applied.minorUnits()));
                total += applied.minorUnits();
            }
        }
        var credit = payment.amountMinor() - total;
        if (attempts.applied(paymentId, shares, credit)) {
            log.info("Payment {} of {} applied to {} invoice(s), credit {}", paymentId, payment.amount(), shares.size(),
                    payment.money(credit));
            events.publishEvent(new PaymentSucceeded(paymentId, payment.debtor(), payment.amount(), payment.money(credit)));
        }
    }

    private void refund(GatewayEvent.Refunded refund) {
        var before = payments.findById(refund.paymentId()).orElseThrow();
        var full = refund.refundedMinor() >= before.amountMinor();
        if (!attempts.refunded(refund.paymentId(), refund.refundedMinor(), full) || !full || before.applied() == null) {
            return;
        }
        var today = LocalDate.now(clock);
        for (var share : before.applied()) {
            invoices.reopen(before.debtor(), InvoiceId.of(share.invoiceId()), before.id(),
                    before.money(share.amountMinor()), "Reembolso / Refund " + before.id(), today);
        }
        log.info("Payment {} refunded in full; its invoices are open again", before.id());
    }
}
