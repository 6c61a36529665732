package dev.saldo.portal.debtor;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.database.NewOnlyInserts;
import org.bson.types.ObjectId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Reads and registers debtors; the only way other capabilities reach the debtors collection. */
@Service
public class DebtorDirectory {

    /** What an erased debtor's name reads as: staff still see that the financial records had an owner. */
    public static final String ERASED_NAME = "[erased]";

    private final Debtors debtors;
    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final NewOnlyInserts inserts;

    DebtorDirectory(Debtors debtors, MongoTemplate mongo, ApplicationEventPublisher events, Clock clock,
            NewOnlyInserts inserts) {
        this.debtors = debtors;
        this.mongo = mongo;
        this.events = events;
        this.clock = clock;
        this.inserts = inserts;
    }

    public Optional<Debtor> findByExternalId(String externalId) {
        return debtors.findByExternalId(externalId);
    }

    /**
     * Erases what identifies the debtor (name, tax id, email, phone, postal code) in one atomic update and
     * announces it. The id and the ERP's external id stay, so invoices and payments the law requires us to
     * keep still add up; country and language stay (they identify no one).
     */
    public boolean erase(DebtorId id) {
        var update = new Update().set("name", ERASED_NAME).unset("taxId").unset("email").unset("phone")
                .unset("postalCode").unset("contact").inc("version", 1);
        var result = mongo.updateFirst(Query.query(Criteria.where("_id").is(id.value())), update, Debtor.class);
        if (result.getMatchedCount() == 0) {
            return false;
        }
        events.publishEvent(new DebtorErased(id, Instant.now(clock)));
        return true;
    }

    public Optional<Debtor> find(DebtorId id) {
        return debtors.findById(id.value());
    }

    /** The debtors with these ids, by id, in one query: for lists that show a page of many debtors' invoices. */
    public Map<DebtorId, Debtor> byIds(Collection<DebtorId> ids) {
        return debtors.findAllById(ids.stream().map(DebtorId::value).distinct().toList()).stream()
                .collect(Collectors.toMap(Debtor::debtorId, Function.identity()));
    }

    public long count() {
        return debtors.count();
    }

    /**
     * Registers a batch of debtors by external id: one unordered bulk insert in which the unique index on
     * the external id turns away those already known (and a repeat within the batch). Only if some were
     * turned away are they read back, in one query on that unique index. Returns every debtor of the
     * batch by external id and how many were new.
     */
    public Registered registerAll(List<Debtor> batch) {
        var outcome = inserts.insert(Debtor.class, batch.stream().map(DebtorDirectory::readyToInsert).toList());
        var byExternalId = new HashMap<String, Debtor>();
        outcome.stored().forEach(d -> byExternalId.put(d.externalId(), d));
        var known = outcome.turnedAway().stream().map(Debtor::externalId).filter(id -> !byExternalId.containsKey(id))
                .distinct().toList();
        if (!known.isEmpty()) {
            debtors.findByExternalIdIn(known).forEach(d -> byExternalId.put(d.externalId(), d));
            var missing = known.stream().filter(id -> !byExternalId.containsKey(id)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Debtors refused as duplicates, yet no debtor has their external id: " + missing);
            }
        }
        return new Registered(byExternalId, outcome.stored().size());
    }

    /** The id and version a repository would give a new debtor, which a bulk insert does not. */
    private static Debtor readyToInsert(Debtor d) {
        return new Debtor(d.id() == null ? new ObjectId().toHexString() : d.id(), d.externalId(), d.name(), d.kind(),
                d.taxId(), d.email(), d.phone(), d.postalCode(), d.country(), d.language(), d.contact(),
                d.version() == null ? 0L : d.version());
    }

    /** The outcome of {@link #registerAll}. */
    public record Registered(Map<String, Debtor> byExternalId, int created) {
    }

    /** Registers a debtor by the ERP's external id; an existing one is returned unchanged. */
    public Debtor register(Debtor debtor) {
        return debtors.findByExternalId(debtor.externalId()).orElseGet(() -> debtors.save(debtor));
    }
}
