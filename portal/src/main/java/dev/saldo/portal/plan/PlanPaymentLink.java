package dev.saldo.portal.plan;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which plan installment a payment attempt pays, so that the payment's success can be credited to
 * the plan. Keyed by the payment id: one attempt pays one installment.
 */
@Document("plan_payment_links")
record PlanPaymentLink(@Id String paymentId, String planId, int installmentNumber) {
}
