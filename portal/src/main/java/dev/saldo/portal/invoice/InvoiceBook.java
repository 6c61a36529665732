package dev.saldo.portal.invoice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import dev.saldo.domain.balance.BalanceSummary;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.portal.database.NewOnlyInserts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * A debtor's invoices, always read through the debtor's id: no method here can return an invoice
 * without being told whose it must be.
 */
@Service
public class InvoiceBook {

    /** Oldest due first: what needs attention soonest is on top. */
    private static final Sort DEFAULT_ORDER = Sort.by("dueDate", "number");

    private final Invoices invoices;
    private final Clock clock;
    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final NewOnlyInserts inserts;

    InvoiceBook(Invoices invoices, Clock clock, MongoTemplate mongo, ApplicationEventPublisher events,
            NewOnlyInserts inserts) {
        this.invoices = invoices;
        this.clock = clock;
        this.mongo = mongo;
        this.events = events;
        this.inserts = inserts;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public BalanceSummary balanceOf(DebtorId debtor) {
        var open = invoices.findByDebtorIdAndSettledFalse(debtor.value()).stream().map(InvoiceRecord::toDomain).toList();
        return BalanceSummary.of(open, today());
    }

    /** One page of the debtor's invoices; the page's sort (e.g. by due date) is applied by MongoDB. */
    public Slice<InvoiceRow> page(DebtorId debtor, InvoiceFilter filter, Pageable pageable) {
        var today = today();
        var id = debtor.value();
        var sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), DEFAULT_ORDER);
        Slice<InvoiceRecord> slice = switch (filter) {
            case PENDING -> invoices.findByDebtorIdAndSettled(id, false, sorted);
            case OVERDUE -> invoices.findByDebtorIdAndSettledFalseAndDueDateBefore(id, today, sorted);
            case PAID -> invoices.findByDebtorIdAndSettled(id, true, sorted);
            case ALL -> invoices.findByDebtorId(id, sorted);
        };
        return slice.map(record -> InvoiceRow.of(record, today));
    }

    /** Every invoice of one debtor, oldest due first (a debtor's own data export; never the whole book). */
    public List<Invoice> allOf(DebtorId debtor) {
        var all = new ArrayList<Invoice>();
        Slice<InvoiceRecord> slice;
        var page = PageRequest.of(0, 200, DEFAULT_ORDER);
        do {
            slice = invoices.findByDebtorId(debtor.value(), page);
            slice.forEach(record -> all.add(record.toDomain()));
            page = page.next();
        } while (slice.hasNext());
        return all;
    }

    /** The invoice if, and only if, it belongs to this debtor. */
    public Optional<Invoice> find(DebtorId debtor, InvoiceId invoice) {
        return invoices.findByIdAndDebtorId(invoice.value(), debtor.value()).map(InvoiceRecord::toDomain);
    }

    /**
     * Whose invoice this number is, for a debtor claiming their account. Numbers are unique per debtor;
     * if two debtors share one, the number alone identifies nobody and this answers empty.
     */
    public Optional<DebtorId> debtorOfInvoiceNumber(String number) {
        var found = invoices.findByNumber(number.strip()).stream().map(InvoiceRecord::debtorId).distinct().toList();
        return found.size() == 1 ? Optional.of(DebtorId.of(found.getFirst())) : Optional.empty();
    }

    /** Records an invoice unless the debtor already has one with that number (imports are repeatable). */
    public Invoice register(Invoice invoice) {
        return invoices.findByDebtorIdAndNumber(invoice.debtorId().value(), invoice.number())
                .map(InvoiceRecord::toDomain)
                .orElseGet(() -> {
                    var registered = invoices.insert(InvoiceRecord.from(invoice, null)).toDomain();
                    events.publishEvent(new InvoiceRegistered(registered));
                    return registered;
                });
    }

    /**
     * Records a batch of invoices in one round trip, skipping those whose debtor already has one with
     * that number; returns the ones recorded.
     */
    public List<Invoice> registerAll(List<Invoice> batch) {
        // The unique indexes (_id, and debtorId + number) turn away what is already recorded.
        var seen = new HashSet<String>();
        var records = batch.stream().filter(i -> seen.add(i.debtorId().value() + "\u0000" + i.number()))
                .map(i -> InvoiceRecord.from(i, 0L)).toList();
        var registered = inserts.insert(InvoiceRecord.class, records).stored().stream()
                .map(InvoiceRecord::toDomain).toList();
        if (!registered.isEmpty()) {
            events.publishEvent(new InvoicesRegistered(registered));
        }
        return registered;
    }

    /** The debtor's unpaid invoices, oldest due first (a debtor has a handful, so this is one small query). */
    public List<InvoiceRow> unsettled(DebtorId debtor) {
        var today = today();
        return invoices.findByDebtorIdAndSettledFalse(debtor.value()).stream()
                .sorted(java.util.Comparator.comparing(InvoiceRecord::dueDate).thenComparing(InvoiceRecord::number))
                .map(record -> InvoiceRow.of(record, today))
                .toList();
    }

    /**
     * Puts the debtor's unpaid invoices into a plan, each by one conditional update that only matches
     * while the invoice is unpaid and in no other plan. All or nothing: if one cannot be marked, those
     * already marked are released again and the answer is false.
     */
    public boolean markInPlan(DebtorId debtor, List<InvoiceId> ids, String planId) {
        var marked = new java.util.ArrayList<InvoiceId>();
        for (var id : ids) {
            var query = Query.query(Criteria.where("_id").is(id.value()).and("debtorId").is(debtor.value())
                    .and("settled").is(false).and("planId").is(null));
            var result = mongo.updateFirst(query, new Update().set("planId", planId).inc("version", 1), InvoiceRecord.class);
            if (result.getModifiedCount() == 0) {
                marked.forEach(done -> release(done, planId));
                return false;
            }
            marked.add(id);
        }
        return true;
    }

    /** Takes every invoice out of the plan (broken or finished): they are simply unpaid or paid again. */
    public void releaseFromPlan(String planId) {
        mongo.updateMulti(Query.query(Criteria.where("planId").is(planId)),
                new Update().unset("planId").inc("version", 1), InvoiceRecord.class);
    }

    private void release(InvoiceId id, String planId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id.value()).and("planId").is(planId)),
                new Update().unset("planId").inc("version", 1), InvoiceRecord.class);
    }
}
