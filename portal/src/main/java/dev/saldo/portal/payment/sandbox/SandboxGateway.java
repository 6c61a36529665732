package dev.saldo.portal.payment.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.saldo.portal.payment.FailureReason;
import dev.saldo.portal.payment.GatewayEvent;
import dev.saldo.portal.payment.PaymentGateway;
import dev.saldo.portal.payment.PaymentSettings;
import dev.saldo.portal.payment.PaymentSettlement;
import dev.saldo.portal.payment.ReturnLinks;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The gateway when no Stripe key is set: checkout is a page in the portal, labelled as practice, and
 * its buttons produce the same gateway events a Stripe webhook would, through the same settlement.
 */
@Component
@ConditionalOnExpression("'${saldo.payment.stripe.secret-key:}' == ''")
public class SandboxGateway implements PaymentGateway {

    static final String ROUTE = "pay/sandbox";
    private static final Duration ABANDONED_AFTER = Duration.ofHours(24);

    private final MongoTemplate mongo;
    private final PaymentSettlement settlement;
    private final ReturnLinks links;
    private final Duration delay;
    private final Clock clock;

    SandboxGateway(MongoTemplate mongo, PaymentSettlement settlement, ReturnLinks links, PaymentSettings settings,
            Clock clock) {
        this.mongo = mongo;
        this.settlement = settlement;
        this.links = links;
        this.delay = settings.sandboxDelay();
        this.clock = clock;
    }

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public Checkout open(CheckoutRequest request) {
        if (mongo.findById(request.paymentId(), SandboxCheckout.class) == null) {
            mongo.save(new SandboxCheckout(request.paymentId(), Instant.now(clock), null));
        }
        return new Checkout("sandbox_" + request.paymentId(), links.to(ROUTE + "/" + request.paymentId()));
    }

    @Override
    public Optional<GatewayEvent> lookup(String paymentId, String sessionId) {
        var checkout = mongo.findById(paymentId, SandboxCheckout.class);
        var now = Instant.now(clock);
        if (checkout == null || checkout.openedAt().plus(ABANDONED_AFTER).isBefore(now) && checkout.settleAt() == null) {
            return Optional.of(new GatewayEvent.Expired(paymentId));
        }
        if (checkout.settleAt() != null && !checkout.settleAt().isAfter(now)) {
            return Optional.of(new GatewayEvent.Succeeded(paymentId, reference(paymentId)));
        }
        return Optional.empty();
    }

    /** What the sandbox page's buttons do: the same events, by the same path, as Stripe's webhook. */
    public void complete(String paymentId, SandboxOutcome outcome) {
        switch (outcome) {
            case SUCCESS -> settlement.apply(eventId(paymentId, "completed"), "checkout.session.completed",
                    new GatewayEvent.Succeeded(paymentId, reference(paymentId)));
            case DECLINE -> settlement.apply(eventId(paymentId, "failed"), "payment_intent.payment_failed",
                    new GatewayEvent.Failed(paymentId, FailureReason.INSUFFICIENT_FUNDS));
            case DELAYED_SUCCESS -> {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(paymentId)),
                        new Update().set("settleAt", Instant.now(clock).plus(delay)), SandboxCheckout.class);
                settlement.apply(eventId(paymentId, "processing"), "checkout.session.completed",
                        new GatewayEvent.Processing(paymentId, reference(paymentId)));
            }
        }
    }

    private static String eventId(String paymentId, String what) {
        return "sandbox_evt_" + paymentId + "_" + what;
    }

    private static String reference(String paymentId) {
        return "sandbox_pi_" + paymentId;
    }
}
