package dev.saldo.portal.payment.stripe;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The Stripe Customer created for a debtor; keyed by the debtor id, so there is only ever one. */
@Document("stripe_customers")
record StripeCustomer(@Id String debtorId, String customerId) {
}
