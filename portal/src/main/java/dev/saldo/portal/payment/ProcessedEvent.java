package dev.saldo.portal.payment;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A gateway event already applied; its id is the document id, so the unique index is the primary key. */
@Document("gateway_events")
record ProcessedEvent(@Id String id, String type, String paymentId, Instant processedAt) {
}
