package dev.saldo.portal.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.saldo.domain.contact.Channel;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.invoice.PortfolioScan;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** The reminder outbox: written by the planner, claimed and settled by the dispatcher, read by staff. */
@Service
public class ReminderOutbox {

    private final MongoTemplate mongo;
    private final Clock clock;

    ReminderOutbox(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Writes the entry unless one with its key exists; true when it was new. */
    boolean add(OutboxEntry entry) {
        try {
            mongo.insert(entry);
            return true;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }

    boolean exists(String id) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id)), OutboxEntry.class);
    }

    /** Newest first, optionally one status, one page (for the staff outbox screen). */
    public List<OutboxEntry> page(Optional<OutboxEntry.Status> status, Pageable pageable) {
        var query = status.map(s -> Query.query(Criteria.where("status").is(s))).orElseGet(Query::new);
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id"))).with(pageable),
                OutboxEntry.class);
    }

    public long count(Optional<OutboxEntry.Status> status) {
        var query = status.map(s -> Query.query(Criteria.where("status").is(s))).orElseGet(Query::new);
        return mongo.count(query, OutboxEntry.class);
    }

    public List<OutboxEntry> of(DebtorId debtor) {
        return mongo.find(Query.query(Criteria.where("debtorId").is(debtor.value())).with(Sort.by("createdAt")),
                OutboxEntry.class);
    }

    /**
     * When each debtor was reached by a dunning reminder (sent on some channel), across the portfolio: how
     * often they were asked to pay, for reading their history.
     */
    public Map<DebtorId, List<Instant>> dunningSentByDebtor() {
        var query = dunningSent(null).cursorBatchSize(PortfolioScan.SCAN_BATCH);
        var sent = new HashMap<DebtorId, List<Instant>>();
        try (var stream = mongo.stream(query, SentAt.class, mongo.getCollectionName(OutboxEntry.class))) {
            stream.filter(s -> s.sentAt() != null)
                    .forEach(s -> sent.computeIfAbsent(DebtorId.of(s.debtorId()), d -> new ArrayList<>()).add(s.sentAt()));
        }
        return sent;
    }

    /** When this debtor was reached by a dunning reminder. */
    public List<Instant> dunningSentTo(DebtorId debtor) {
        return mongo.find(dunningSent(debtor), SentAt.class, mongo.getCollectionName(OutboxEntry.class)).stream()
                .map(SentAt::sentAt).filter(java.util.Objects::nonNull).toList();
    }

    /** Sent dunning entries, of one debtor or (null) of all, with only the fields the history reads. */
    private static Query dunningSent(DebtorId debtor) {
        var criteria = Criteria.where("status").is(OutboxEntry.Status.SENT).and("kind").is(ReminderKind.DUNNING);
        if (debtor != null) {
            criteria = criteria.and("debtorId").is(debtor.value());
        }
        var query = Query.query(criteria);
        query.fields().include("debtorId", "sentAt");
        return query;
    }

    /** The two fields of a sent entry the history needs. */
    record SentAt(String debtorId, Instant sentAt) {
    }

    public Optional<OutboxEntry> find(String id) {
        return Optional.ofNullable(mongo.findById(id, OutboxEntry.class));
    }

    /**
     * Dunning not yet sent that lists the invoice (or, with null, any of the debtor's) is called off: a message
     * naming an invoice just paid, or put in a plan, must not go out. Its step is not written again (its key
     * stays taken); the debtor hears again at the next step, listing what is still open.
     */
    void cancelDunning(DebtorId debtor, String invoiceId) {
        var criteria = Criteria.where("debtorId").is(debtor.value()).and("kind").is(ReminderKind.DUNNING)
                .and("status").is(OutboxEntry.Status.PENDING);
        if (invoiceId != null) {
            criteria = criteria.and("invoiceIds").is(invoiceId);
        }
        mongo.updateMulti(Query.query(criteria), new Update().set("status", OutboxEntry.Status.CANCELLED),
                OutboxEntry.class);
    }

    List<OutboxEntry> ready(Instant now, int limit) {
        return mongo.find(Query.query(Criteria.where("status").is(OutboxEntry.Status.PENDING).and("notBefore").lte(now))
                .with(Sort.by("notBefore")).limit(limit), OutboxEntry.class);
    }

    /** Takes the entry for sending, atomically: of two dispatchers only one gets it. */
    Optional<OutboxEntry> claim(String id, Instant now) {
        var query = Query.query(Criteria.where("_id").is(id).and("status").is(OutboxEntry.Status.PENDING)
                .and("notBefore").lte(now));
        var update = new Update().set("status", OutboxEntry.Status.SENDING).set("claimedAt", now).inc("attempts", 1);
        return Optional.ofNullable(mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true),
                OutboxEntry.class));
    }

    /**
     * Gone out on {@code channel}; {@code providerRef} (or null) is what a delivery report will name, and
     * {@code refused} the channels that refused it for good on the way there, never tried again for this reminder.
     */
    void sent(OutboxEntry entry, Channel channel, String to, Instant at, String providerRef, List<Channel> refused) {
        var update = new Update().set("status", OutboxEntry.Status.SENT).set("sentChannel", channel).set("sentTo", to)
                .set("sentAt", at).set("providerRef", providerRef).unset("lastError");
        if (providerRef != null) {
            update.push("providerRefs", providerRef);
        }
        if (!refused.isEmpty()) {
            update.addToSet("failedChannels").each(refused.toArray());
        }
        settle(entry, update);
    }

    /** The entry that went out with this provider reference, now or on an earlier try. */
    Optional<OutboxEntry> byProviderRef(String providerRef) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("providerRefs").is(providerRef)),
                OutboxEntry.class));
    }

    /** Records delivery once: only the message that is still the entry's last, sent and not yet delivered. */
    boolean delivered(String id, String providerRef, Instant at) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("providerRef").is(providerRef)
                .and("status").is(OutboxEntry.Status.SENT).and("deliveredAt").is(null)),
                new Update().set("deliveredAt", at), OutboxEntry.class).getModifiedCount() == 1;
    }

    /**
     * The provider could not deliver the entry's last message: it goes back to waiting, at once, with the channel
     * marked failed so the dispatcher tries the next one. Only once per message: a repeated report, a report
     * about an earlier try or one after delivery changes nothing.
     */
    boolean undelivered(String id, String providerRef, Channel channel, String error, Instant now) {
        var query = Query.query(Criteria.where("_id").is(id).and("providerRef").is(providerRef)
                .and("status").is(OutboxEntry.Status.SENT).and("sentChannel").is(channel).and("deliveredAt").is(null));
        var update = new Update().set("status", OutboxEntry.Status.PENDING).set("notBefore", now)
                .set("lastError", channel + ": " + error).addToSet("failedChannels", channel)
                .unset("sentChannel").unset("sentTo").unset("sentAt");
        return mongo.updateFirst(query, update, OutboxEntry.class).getModifiedCount() == 1;
    }

    /** Back to waiting until {@code notBefore}; {@code attempt} false gives the try back (quiet hours are not a failure). */
    void later(OutboxEntry entry, Instant notBefore, String error, boolean attempt) {
        var update = new Update().set("status", OutboxEntry.Status.PENDING).set("notBefore", notBefore);
        if (error != null) {
            update.set("lastError", error);
        }
        if (!attempt) {
            update.inc("attempts", -1);
        }
        settle(entry, update);
    }

    void cancelled(OutboxEntry entry) {
        settle(entry, new Update().set("status", OutboxEntry.Status.CANCELLED));
    }

    void failed(OutboxEntry entry, String error) {
        settle(entry, new Update().set("status", OutboxEntry.Status.FAILED).set("lastError", error));
    }

    /**
     * Claims left "sending" longer than the lease (the instance stopped mid-send) are marked interrupted, not
     * sent again: the message may have gone out, and a reminder must never arrive twice.
     */
    long interruptStale(Instant claimedBefore) {
        return mongo.updateMulti(Query.query(Criteria.where("status").is(OutboxEntry.Status.SENDING)
                .and("claimedAt").lt(claimedBefore)), new Update().set("status", OutboxEntry.Status.INTERRUPTED),
                OutboxEntry.class).getModifiedCount();
    }

    private void settle(OutboxEntry entry, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(entry.id()).and("status").is(OutboxEntry.Status.SENDING)),
                update, OutboxEntry.class);
    }

    Instant now() {
        return clock.instant();
    }
}
