package dev.saldo.portal.plan;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One automatic charge of an installment to a saved card. The id is the attempt's idempotency key
 * (plan, installment, amount paid so far), so inserting it is the claim: an installment is charged at
 * most once per state, whatever the job or the instances do. {@code failure} is the message key the
 * debtor reads when the card could not be charged; null once paid.
 */
@Document("plan_auto_charges")
@CompoundIndex(name = "debtor_at", def = "{'debtorId': 1, 'at': -1}")
record AutoCharge(@Id String key, String planId, String debtorId, int installmentNumber, Instant at, String paymentId,
        String failure) {

    AutoCharge finished(String payment, String failureKey) {
        return new AutoCharge(key, planId, debtorId, installmentNumber, at, payment, failureKey);
    }
}
