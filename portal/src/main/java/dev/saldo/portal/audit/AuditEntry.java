package dev.saldo.portal.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One thing a person on the staff did. Written once with {@code insert} (which fails rather than
 * overwrite) and never changed: the application has no path that updates or deletes an entry.
 */
@Document("audit_log")
@CompoundIndex(name = "action_at", def = "{'action': 1, 'at': -1}")
@CompoundIndex(name = "actor_at", def = "{'actor': 1, 'at': -1}")
public record AuditEntry(@Id String id, Instant at, String actor, AuditAction action, String subject, String before,
        String after) {
}
