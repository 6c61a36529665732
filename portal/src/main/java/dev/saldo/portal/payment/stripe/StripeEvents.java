package dev.saldo.portal.payment.stripe;

import java.util.Map;
import java.util.Optional;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import dev.saldo.portal.payment.FailureReason;
import dev.saldo.portal.payment.GatewayEvent;
import dev.saldo.portal.payment.PaymentSettlement;
import org.springframework.stereotype.Component;

/** Reads the Stripe events Saldo cares about as gateway events about one of our attempts. */
@Component
class StripeEvents {

    private final PaymentSettlement settlement;

    StripeEvents(PaymentSettlement settlement) {
        this.settlement = settlement;
    }

    Optional<GatewayEvent> translate(Event event) {
        var object = dataObject(event);
        return switch (event.getType()) {
            case "checkout.session.completed" -> session(object).map(s -> StripeGateway.outcomeOf(paymentId(s), s))
                    .flatMap(o -> o);
            case "checkout.session.async_payment_succeeded" -> session(object)
                    .map(s -> new GatewayEvent.Succeeded(paymentId(s), s.getPaymentIntent()));
            case "checkout.session.async_payment_failed" -> session(object)
                    .map(s -> new GatewayEvent.Failed(paymentId(s), FailureReason.BANK_REJECTED));
            case "checkout.session.expired" -> session(object).map(s -> new GatewayEvent.Expired(paymentId(s)));
            case "payment_intent.payment_failed" -> object instanceof PaymentIntent intent
                    ? idIn(intent.getMetadata()).map(id -> new GatewayEvent.Failed(id, reasonOf(intent)))
                    : Optional.empty();
            case "charge.refunded" -> object instanceof Charge charge
                    ? idIn(charge.getMetadata()).or(() -> settlement.paymentIdForReference(charge.getPaymentIntent()))
                            .map(id -> new GatewayEvent.Refunded(id, charge.getAmountRefunded()))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static StripeObject dataObject(Event event) {
        try {
            return event.getDataObjectDeserializer().deserializeUnsafe();
        } catch (EventDataObjectDeserializationException e) {
            throw new IllegalArgumentException("Unreadable data in Stripe event " + event.getId(), e);
        }
    }

    private static Optional<Session> session(StripeObject object) {
        return object instanceof Session session && paymentId(session) != null ? Optional.of(session) : Optional.empty();
    }

    private static String paymentId(Session session) {
        return idIn(session.getMetadata()).orElse(session.getClientReferenceId());
    }

    private static Optional<String> idIn(Map<String, String> metadata) {
        return Optional.ofNullable(metadata).map(m -> m.get(StripeGateway.PAYMENT_ID));
    }

    private static FailureReason reasonOf(PaymentIntent intent) {
        var error = intent.getLastPaymentError();
        if (error == null) {
            return FailureReason.CARD_DECLINED;
        }
        return FailureReason.fromDeclineCode(error.getDeclineCode() != null ? error.getDeclineCode() : error.getCode());
    }
}
