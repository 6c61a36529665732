package dev.saldo.portal.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.List;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.plan.PlanEvent;
import dev.saldo.portal.invoice.InvoiceChanged;
import dev.saldo.portal.invoice.InvoiceRegistered;
import dev.saldo.portal.invoice.InvoicesRegistered;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps the planner's cursors in step with what the other capabilities announce: a new invoice gets one,
 * a settled invoice's is closed, an approved plan or a promise gets its own and pauses dunning, a broken
 * or ended one wakes the debtor's invoices. Every change is a single-document write (or one multi-update
 * of independent documents).
 */
@Component
class ReminderCursors {

    private final MongoTemplate mongo;
    private final ReminderOutbox outbox;
    private final Clock clock;

    ReminderCursors(MongoTemplate mongo, ReminderOutbox outbox, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void on(InvoiceRegistered event) {
        track(event.invoice());
    }

    /** An import's batch: its cursors in one unordered bulk of upserts, one round trip. */
    @EventListener
    void on(InvoicesRegistered event) {
        var open = event.invoices().stream().filter(invoice -> !invoice.isPaid()).toList();
        if (open.isEmpty()) {
            return;
        }
        var bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ReminderCursor.class);
        open.forEach(invoice -> bulk.upsert(byId(ReminderCursor.invoiceKey(invoice.id().value())), tracking(invoice)));
        bulk.execute();
    }

    @EventListener
    void on(InvoiceChanged event) {
        var invoice = event.after();
        if (invoice.isPaid()) {
            mongo.updateFirst(byId(ReminderCursor.invoiceKey(invoice.id().value())),
                    new Update().set("nextAction", null).set("parked", "SETTLED").inc("version", 1), ReminderCursor.class);
            outbox.cancelDunning(invoice.debtorId(), invoice.id().value());
        } else if (event.before().isPaid()) {
            track(invoice);
            wake(byId(ReminderCursor.invoiceKey(invoice.id().value())));
        }
    }

    @EventListener
    void on(PlanEvent event) {
        switch (event) {
            case PlanEvent.InstallmentPlanApproved e -> planActive(e.planId(), e.debtor());
            case PlanEvent.CounterOfferAccepted e -> planActive(e.planId(), e.debtor());
            case PlanEvent.InstallmentPlanBroken e -> arrangementEnded(ReminderCursor.planKey(e.planId()), e.debtor());
            case PlanEvent.InstallmentPlanRejected e -> arrangementEnded(ReminderCursor.planKey(e.planId()), e.debtor());
            case PlanEvent.CounterOfferDeclined e -> arrangementEnded(ReminderCursor.planKey(e.planId()), e.debtor());
            case PlanEvent.InstallmentPlanCompleted e -> arrangementEnded(ReminderCursor.planKey(e.planId()), e.debtor());
            case PlanEvent.PromiseToPayMade e -> promiseMade(e.promiseId(), e.debtor(), e.amount().currency(), e.by());
            case PlanEvent.PromiseToPayKept e -> arrangementEnded(ReminderCursor.promiseKey(e.promiseId()), e.debtor());
            case PlanEvent.PromiseToPayBroken e -> arrangementEnded(ReminderCursor.promiseKey(e.promiseId()), e.debtor());
            default -> {
            }
        }
    }

    /** An invoice's cursor, created once (repeating it changes nothing); a settled invoice needs none. */
    void track(Invoice invoice) {
        if (!invoice.isPaid()) {
            mongo.upsert(byId(ReminderCursor.invoiceKey(invoice.id().value())), tracking(invoice), ReminderCursor.class);
        }
    }

    private Update tracking(Invoice invoice) {
        return new Update().setOnInsert("kind", ReminderKind.DUNNING)
                .setOnInsert("debtorId", invoice.debtorId().value()).setOnInsert("subjectId", invoice.id().value())
                .setOnInsert("currency", invoice.currency().getCurrencyCode()).setOnInsert("dueDate", invoice.dueDate())
                .setOnInsert("nextAction", today()).setOnInsert("version", 0L);
    }

    private void planActive(String planId, DebtorId debtor) {
        var update = new Update().setOnInsert("kind", ReminderKind.INSTALLMENT).setOnInsert("debtorId", debtor.value())
                .setOnInsert("subjectId", planId).setOnInsert("coveredThrough", today().minusDays(1))
                .setOnInsert("nextAction", today()).setOnInsert("version", 0L);
        mongo.upsert(byId(ReminderCursor.planKey(planId)), update, ReminderCursor.class);
        outbox.cancelDunning(debtor, null);
    }

    private void promiseMade(String promiseId, DebtorId debtor, Currency currency, LocalDate by) {
        var update = new Update().setOnInsert("kind", ReminderKind.PROMISE).setOnInsert("debtorId", debtor.value())
                .setOnInsert("subjectId", promiseId).setOnInsert("currency", currency.getCurrencyCode())
                .setOnInsert("dueDate", by).setOnInsert("nextAction", today()).setOnInsert("version", 0L);
        mongo.upsert(byId(ReminderCursor.promiseKey(promiseId)), update, ReminderCursor.class);
        outbox.cancelDunning(debtor, null);
    }

    /** A plan or promise ended: its cursor closes and the debtor's invoices are looked at again today. */
    private void arrangementEnded(String key, DebtorId debtor) {
        mongo.updateFirst(byId(key), new Update().set("nextAction", null).set("parked", "ENDED").inc("version", 1),
                ReminderCursor.class);
        wake(Query.query(Criteria.where("debtorId").is(debtor.value()).and("kind").is(ReminderKind.DUNNING)
                .and("parked").in("IN_PLAN", "PROMISE")));
    }

    /** After a schedule change, the currency's open invoices are planned again on the next run. */
    void replanCurrency(Currency currency) {
        var later = new Criteria().orOperator(Criteria.where("nextAction").gt(today()), Criteria.where("parked").is("DONE"));
        wake(Query.query(Criteria.where("currency").is(currency.getCurrencyCode()).and("kind").is(ReminderKind.DUNNING)
                .and("parked").in(null, "DONE").andOperator(later)));
    }

    /** Cursors due by {@code day}, earliest first, leaving out {@code skip} (ones this run already looked at). */
    List<ReminderCursor> dueBy(LocalDate day, int limit, Collection<String> skip) {
        var criteria = Criteria.where("nextAction").lte(day);
        if (!skip.isEmpty()) {
            criteria = criteria.and("_id").nin(skip);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("nextAction", "_id")).limit(limit), ReminderCursor.class);
    }

    /** The debtor's dunning cursors in one currency that are planned (active, or with every step done). */
    List<ReminderCursor> dunningOf(DebtorId debtor, String currency) {
        return mongo.find(Query.query(Criteria.where("debtorId").is(debtor.value()).and("kind").is(ReminderKind.DUNNING)
                .and("currency").is(currency).and("parked").in(null, "DONE")), ReminderCursor.class);
    }

    /** Moves the cursor on, unless an event changed it since it was read (then the next run sees the change). */
    boolean advance(ReminderCursor read, Update update) {
        return mongo.updateFirst(asRead(read), update.inc("version", 1), ReminderCursor.class).getModifiedCount() == 1;
    }

    /**
     * Moves several cursors on at once, each under its own version as {@link #advance} does: one round trip
     * (and on the embedded database one file write) for a debtor's whole group instead of one per invoice.
     */
    void advanceAll(List<java.util.Map.Entry<ReminderCursor, Update>> moves) {
        if (moves.isEmpty()) {
            return;
        }
        var bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ReminderCursor.class);
        moves.forEach(move -> bulk.updateOne(asRead(move.getKey()), move.getValue().inc("version", 1)));
        bulk.execute();
    }

    /** The cursor as it was read: an update through this query finds nothing if an event changed it since. */
    private static Query asRead(ReminderCursor read) {
        return Query.query(Criteria.where("_id").is(read.id()).and("version").is(read.version()));
    }

    private void wake(Query query) {
        mongo.updateMulti(query, new Update().set("nextAction", today()).unset("parked").inc("version", 1),
                ReminderCursor.class);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
