package dev.saldo.portal.payment.stripe;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Webhook events as Stripe sends them: Stripe's example event wrapping one of its example objects,
 * changed only where a test needs it, and a {@code Stripe-Signature} header computed as Stripe does.
 */
public final class StripeEventBuilder {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StripeEventBuilder() {
    }

    /** A checkout.session.* event for our attempt with the given session status and payment status. */
    public static String sessionEvent(String eventId, String type, String paymentId, String status, String paymentStatus) {
        var session = (ObjectNode) JSON.readTree(StripeStub.fixture("checkout_session"));
        session.put("status", status).put("payment_status", paymentStatus).put("client_reference_id", paymentId);
        session.putObject("metadata").put(StripeGateway.PAYMENT_ID, paymentId);
        return envelope(eventId, type, session);
    }

    /** A paid checkout.session.completed event whose PaymentIntent is {@code intent} (the example's is shared). */
    public static String paidSessionEvent(String eventId, String paymentId, String intent) {
        var session = (ObjectNode) JSON.readTree(StripeStub.fixture("checkout_session"));
        session.put("status", "complete").put("payment_status", "paid").put("client_reference_id", paymentId)
                .put("payment_intent", intent);
        session.putObject("metadata").put(StripeGateway.PAYMENT_ID, paymentId);
        return envelope(eventId, "checkout.session.completed", session);
    }

    public static String paymentFailedEvent(String eventId, String paymentId, String declineCode) {
        var intent = (ObjectNode) JSON.readTree(StripeStub.fixture("payment_intent"));
        intent.putObject("metadata").put(StripeGateway.PAYMENT_ID, paymentId);
        intent.putObject("last_payment_error").put("type", "card_error").put("code", "card_declined")
                .put("decline_code", declineCode);
        return envelope(eventId, "payment_intent.payment_failed", intent);
    }

    public static String refundEvent(String eventId, String paymentIntent, long amount, long refunded) {
        var charge = (ObjectNode) JSON.readTree(StripeStub.fixture("charge"));
        charge.put("payment_intent", paymentIntent).put("amount", amount).put("amount_refunded", refunded)
                .put("refunded", amount == refunded).put("currency", "clp");
        return envelope(eventId, "charge.refunded", charge);
    }

    private static String envelope(String eventId, String type, ObjectNode object) {
        var event = (ObjectNode) JSON.readTree(StripeStub.fixture("event"));
        event.put("id", eventId).put("type", type).put("created", Instant.now().getEpochSecond());
        event.putObject("data").set("object", object);
        return JSON.writeValueAsString(event);
    }

    /** The header Stripe sends: {@code t=<seconds>,v1=<HMAC-SHA256 of "t.payload" with the endpoint secret>}. */
    public static String signature(String payload, String secret, Instant at) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            var signed = at.getEpochSecond() + "." + payload;
            return "t=" + at.getEpochSecond() + ",v1="
                    + HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
