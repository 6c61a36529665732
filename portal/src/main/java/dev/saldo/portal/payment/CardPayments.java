package dev.saldo.portal.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.payment.PaymentStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Charges a debtor's saved card while they are away: the attempt is recorded first, like any other,
 * and its outcome goes through {@link PaymentSettlement}, so a success is allocated and announced
 * exactly as a checkout payment would be.
 */
@Service
public class CardPayments {

    private static final Logger log = LoggerFactory.getLogger(CardPayments.class);

    private final PaymentService service;
    private final Payments payments;
    private final PaymentSettlement settlement;
    private final SavedCards cards;
    private final CardGateway gateway;
    private final PaymentGateway checkout;
    private final Clock clock;

    CardPayments(PaymentService service, Payments payments, PaymentSettlement settlement, SavedCards cards,
            CardGateway gateway, PaymentGateway checkout, Clock clock) {
        this.service = service;
        this.payments = payments;
        this.settlement = settlement;
        this.cards = cards;
        this.gateway = gateway;
        this.checkout = checkout;
        this.clock = clock;
    }

    /**
     * Charges the order to the saved card. Answers the attempt, succeeded or failed with its reason
     * ({@link FailureReason#AUTHENTICATION_REQUIRED} when the debtor must pay on-session); empty if no
     * card is saved.
     */
    public Optional<PaymentRecord> charge(DebtorId debtor, PaymentOrder order, String idempotencyKey) {
        var card = cards.find(debtor);
        if (card.isEmpty()) {
            return Optional.empty();
        }
        var plan = service.preview(debtor, order);
        var now = Instant.now(clock);
        var record = payments.insert(new PaymentRecord(PaymentIds.next(), debtor.value(),
                plan.amount().currency().getCurrencyCode(), plan.amount().minorUnits(), PaymentStatus.CREATED, "card",
                checkout.name(), null, null, null, service.shares(debtor, plan), null, 0, 0, null, null, now, now, null));
        try {
            switch (gateway.charge(debtor, record.id(), card.get().paymentMethodId(), plan.amount(), idempotencyKey)) {
                case CardGateway.ChargeResult.Paid paid -> settlement.apply(new GatewayEvent.Succeeded(record.id(), paid.reference()));
                case CardGateway.ChargeResult.NeedsAuthentication auth ->
                        settlement.failed(record.id(), FailureReason.AUTHENTICATION_REQUIRED);
                case CardGateway.ChargeResult.Declined declined -> settlement.failed(record.id(), declined.reason());
            }
        } catch (RuntimeException e) {
            log.error("Charging the saved card for payment {} failed", record.id(), e);
            settlement.failed(record.id(), FailureReason.PROCESSING_ERROR);
        }
        return payments.findById(record.id());
    }
}
