package dev.saldo.portal.timeline;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One line of a debtor's timeline: when, what kind, who did it, and what happened as a message key with
 * tagged arguments (see {@link TimelineArgs}). Entries are only ever inserted.
 */
@Document("timeline")
@CompoundIndex(name = "debtor_at", def = "{'debtorId': 1, 'at': -1}")
public record TimelineEntry(@Id String id, String debtorId, Instant at, TimelineKind kind, String actor, String key,
        List<String> args, String invoiceId, boolean visibleToDebtor) {
}
