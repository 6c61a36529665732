package dev.saldo.portal.debtor;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A link confirming that a debtor reads a new e-mail address. Only the token's SHA-256 is kept once the
 * e-mail is out; the document is also that e-mail's outbox entry ({@code mailSentAt} empty = still to send).
 */
@Document("email_confirmations")
record EmailConfirmation(
        @Id String id,
        @Indexed(unique = true) String tokenHash,
        String debtorId,
        String address,
        String language,
        String link,
        Instant createdAt,
        Instant expiresAt,
        Instant confirmedAt,
        @Indexed Instant mailSentAt,
        int mailAttempts) {
}
