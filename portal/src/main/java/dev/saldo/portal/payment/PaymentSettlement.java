package dev.saldo.portal.payment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;

import dev.saldo.domain.fee.FeeLines;
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
            case GatewayEvent.Failed f -> failed(f.paymentId(), f.reason());
            case GatewayEvent.Expired e -> attempts.expired(e.paymentId());
            case GatewayEvent.Refunded r -> refund(r);
        }
    }

    /** Marks the attempt failed and tells whoever listens, once, however often the news arrives. */
    void failed(String paymentId, FailureReason reason) {
        if (attempts.failed(paymentId, reason)) {
            var payment = payments.findById(paymentId).orElseThrow();
            events.publishEvent(new PaymentFailed(paymentId, payment.debtor(), payment.currencyUnit(), reason));
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
            if (planned.discountMinor() > 0) {
                invoices.grantDiscount(payment.debtor(), InvoiceId.of(planned.invoiceId()),
                        FeeLines.describe(FeeLines.EARLY_DISCOUNT, payment.id()), payment.money(planned.discountMinor()),
                        payment.money(planned.amountMinor()), today);
            }
            var applied = invoices.allocate(payment.debtor(), InvoiceId.of(planned.invoiceId()), payment.id(),
                    payment.money(planned.amountMinor()), today);
            if (applied.isPositive()) {
                shares.add(new PaymentRecord.Share(planned.invoiceId(), planned.invoiceNumber(), applied.minorUnits(),
                        planned.discountMinor()));
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

    /**
     * Records a refund (full or partial; the gateway reports the running total) and puts the refunded
     * money back on the invoices. It first takes back the payment's credit, which never reached an
     * invoice; the rest reopens the invoices this payment paid, the last one paid first.
     */
    private void refund(GatewayEvent.Refunded refund) {
        var before = payments.findById(refund.paymentId()).orElseThrow();
        var full = refund.refundedMinor() >= before.amountMinor();
        attempts.refunded(refund.paymentId(), refund.refundedMinor(), full);
        if (before.applied() == null) {
            return;
        }
        var refunded = Math.max(refund.refundedMinor(), before.refundedMinor());
        var toInvoices = Math.max(0, refunded - before.creditMinor());
        var today = LocalDate.now(clock);
        for (var share : before.applied().reversed()) {
            var part = Math.min(toInvoices, share.amountMinor());
            if (part > 0) {
                invoices.reopen(before.debtor(), InvoiceId.of(share.invoiceId()), before.money(part),
                        "Reembolso / Refund " + before.id(), today);
            }
            toInvoices -= part;
        }
        log.info("Payment {} refunded {} of {}; its invoices owe that again", before.id(), before.money(refunded),
                before.amount());
    }
}
