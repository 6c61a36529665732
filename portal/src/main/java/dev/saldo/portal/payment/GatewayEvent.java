package dev.saldo.portal.payment;

/**
 * Something a payment gateway tells us about an attempt, whether by webhook, by the sandbox page or
 * in answer to the reconciliation job. All three go through {@link PaymentSettlement}.
 */
public sealed interface GatewayEvent {

    String paymentId();

    /** The money arrived; {@code reference} is the gateway's payment id (Stripe: the PaymentIntent). */
    record Succeeded(String paymentId, String reference) implements GatewayEvent {
    }

    /** Paid with a delayed method; the bank has yet to confirm. */
    record Processing(String paymentId, String reference) implements GatewayEvent {
    }

    record Failed(String paymentId, FailureReason reason) implements GatewayEvent {
    }

    /** The checkout was closed without paying. */
    record Expired(String paymentId) implements GatewayEvent {
    }

    /** Money went back to the debtor; only a full refund reopens the invoices. */
    record Refunded(String paymentId, long refundedMinor) implements GatewayEvent {
    }
}
