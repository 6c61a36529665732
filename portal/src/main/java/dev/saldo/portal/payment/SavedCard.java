package dev.saldo.portal.payment;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A debtor's card on file: only the gateway's payment-method id, never card data. One per debtor. */
@Document("saved_cards")
public record SavedCard(@Id String debtorId, String gateway, String paymentMethodId, Instant savedAt) {
}
