package dev.saldo.portal.timeline;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An invoice's dispute, one document per invoice (the id is the invoice id), so "one open dispute per invoice"
 * holds by construction; reopening after a resolution rewrites the same document.
 */
@Document("disputes")
public record Dispute(
        @Id String invoiceId,
        @Indexed String debtorId,
        String invoiceNumber,
        DisputeReason reason,
        String text,
        Instant openedAt,
        @Indexed boolean open,
        Instant resolvedAt,
        String resolvedBy,
        String resolution,
        @Version Long version) {
}
