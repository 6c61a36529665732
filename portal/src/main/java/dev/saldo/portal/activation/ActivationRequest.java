package dev.saldo.portal.activation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A link sent (or about to be sent) to a debtor. Only the token's SHA-256 is stored, so a leaked
 * database holds no working link. The document is also the e-mail's outbox entry: {@code mailSentAt}
 * empty means still to send; {@code mailAttempts} counts tries.
 */
@Document("activations")
record ActivationRequest(
        @Id String id,
        @Indexed(unique = true) String tokenHash,
        String debtorId,
        String email,
        String language,
        String link,
        Instant createdAt,
        Instant expiresAt,
        Instant usedAt,
        @Indexed Instant mailSentAt,
        int mailAttempts,
        @Version Long version) {
}
