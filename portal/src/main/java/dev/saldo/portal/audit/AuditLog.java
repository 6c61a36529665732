package dev.saldo.portal.audit;

import java.time.Clock;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Appends to and reads the audit log. There is deliberately no method that changes or removes an
 * entry, and writes use {@code insert}, so not even a repeated id can overwrite one.
 */
@Service
public class AuditLog {

    /** What to list: null fields do not filter. */
    public record Filter(AuditAction action, String actor) {
    }

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "at");

    private final MongoTemplate mongo;
    private final Clock clock;

    AuditLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public AuditEntry record(String actor, AuditAction action, String subject, String before, String after) {
        return mongo.insert(new AuditEntry(UUID.randomUUID().toString(), clock.instant(), actor, action, subject,
                before, after));
    }

    /** One page, newest first. */
    public Slice<AuditEntry> page(Filter filter, Pageable pageable) {
        var criteria = new Criteria();
        if (filter.action() != null) {
            criteria = criteria.and("action").is(filter.action());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            criteria = criteria.and("actor").is(filter.actor().strip());
        }
        var query = Query.query(criteria).with(NEWEST_FIRST).skip(pageable.getOffset()).limit(pageable.getPageSize() + 1);
        var entries = mongo.find(query, AuditEntry.class);
        var hasNext = entries.size() > pageable.getPageSize();
        return new SliceImpl<>(entries.stream().limit(pageable.getPageSize()).toList(), pageable, hasNext);
    }
}
