package dev.saldo.portal.payment.sandbox;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A practice checkout; {@code settleAt} is set once the debtor picks "delayed success". */
@Document("sandbox_checkouts")
record SandboxCheckout(@Id String paymentId, Instant openedAt, Instant settleAt) {
}
