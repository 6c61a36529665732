package dev.saldo.portal.privacy;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Proof that an erasure was done, by whom and on which request: holds ids only, no personal data. */
@Document("erasures")
record ErasureRecord(@Id String id, @Indexed String debtorId, String externalId, String requestReference,
        String erasedBy, Instant erasedAt) {
}
