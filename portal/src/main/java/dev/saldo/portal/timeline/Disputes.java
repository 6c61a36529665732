package dev.saldo.portal.timeline;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.portal.invoice.InvoiceBook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Debtors dispute their own invoices ("I already paid", "the amount is wrong"); staff resolve them. An open
 * dispute pauses the invoice's dunning ({@link #disputed}). Each change is one document write.
 */
@Service
public class Disputes {

    /** Not the debtor's invoice (or no such invoice): the same answer either way. */
    public static final class InvoiceNotFound extends RuntimeException {
        InvoiceNotFound() {
            super("No such invoice for this debtor");
        }
    }

    private final DisputeRecords records;
    private final InvoiceBook invoices;
    private final DebtorTimeline timeline;
    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Disputes(DisputeRecords records, InvoiceBook invoices, DebtorTimeline timeline, MongoTemplate mongo,
            ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.invoices = invoices;
        this.timeline = timeline;
        this.mongo = mongo;
        this.events = events;
        this.clock = clock;
    }

    /** Opens a dispute on one of the debtor's unsettled invoices; refused (with a field and key) if one is open. */
    public Dispute open(DebtorId debtor, String invoiceId, DisputeReason reason, String text) {
        var invoice = invoices.find(debtor, InvoiceId.of(invoiceId)).orElseThrow(InvoiceNotFound::new);
        if (reason == null) {
            throw new DebtorTimeline.InvalidText("reason", "timeline.error.reason.required");
        }
        var details = text == null || text.isBlank() ? "" : DebtorTimeline.checked("text", text);
        if (invoice.isPaid()) {
            throw new DebtorTimeline.InvalidText("invoiceId", "timeline.error.dispute.settled");
        }
        var existing = records.findById(invoiceId);
        if (existing.map(Dispute::open).orElse(false)) {
            throw new DebtorTimeline.InvalidText("invoiceId", "timeline.error.dispute.already-open");
        }
        var now = clock.instant();
        Dispute saved;
        try {
            saved = records.save(new Dispute(invoiceId, debtor.value(), invoice.number(), reason, details, now, true,
                    null, null, null, existing.map(Dispute::version).orElse(null)));
        } catch (DuplicateKeyException | OptimisticLockingFailureException raced) {
            throw new DebtorTimeline.InvalidText("invoiceId", "timeline.error.dispute.already-open");
        }
        timeline.record(debtor, TimelineKind.DISPUTE_OPENED, DebtorTimeline.DEBTOR, invoiceId, "timeline.dispute-opened",
                TimelineArgs.write(invoice.number(), new TimelineArgs.Key(reason.messageKey()), details));
        events.publishEvent(new DisputeOpened(debtor, invoiceId, reason, now));
        return saved;
    }

    /** Closes an open dispute in one conditional update; false if it was not open (someone else resolved it). */
    public boolean resolve(String invoiceId, String staffUsername, String resolution) {
        var text = DebtorTimeline.checked("resolution", resolution);
        var now = clock.instant();
        var query = Query.query(Criteria.where("_id").is(invoiceId).and("open").is(true));
        var update = new Update().set("open", false).set("resolvedAt", now).set("resolvedBy", staffUsername)
                .set("resolution", text).inc("version", 1);
        var dispute = mongo.findAndModify(query, update, Dispute.class);
        if (dispute == null) {
            return false;
        }
        var debtor = DebtorId.of(dispute.debtorId());
        timeline.record(debtor, TimelineKind.DISPUTE_RESOLVED, staffUsername, invoiceId, "timeline.dispute-resolved",
                TimelineArgs.write(dispute.invoiceNumber(), text));
        events.publishEvent(new DisputeResolved(debtor, invoiceId, staffUsername, now));
        return true;
    }

    public List<Dispute> openFor(DebtorId debtor) {
        return records.findByDebtorIdAndOpenTrue(debtor.value());
    }

    /** Which of these invoices have an open dispute (one query). */
    public Set<String> disputed(Collection<String> invoiceIds) {
        return records.findByInvoiceIdInAndOpenTrue(invoiceIds).stream().map(Dispute::invoiceId)
                .collect(Collectors.toSet());
    }
}
