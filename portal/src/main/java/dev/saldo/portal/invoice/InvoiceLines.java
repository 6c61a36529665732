package dev.saldo.portal.invoice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.invoice.InvoiceLine;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Adds lines to invoices (fees, waivers, discounts): never an edited amount, always a new line, each
 * computed from the invoice as it is stored and written under its version.
 */
@Service
public class InvoiceLines {

    /** An unpaid invoice past its due date, with what a fee job must know about it. */
    public record Overdue(Invoice invoice, boolean inPlan, LocalDate feesHeldThrough) {
    }

    private final InvoiceUpdates updates;
    private final MongoTemplate mongo;

    InvoiceLines(InvoiceUpdates updates, MongoTemplate mongo) {
        this.updates = updates;
        this.mongo = mongo;
    }

    /**
     * Up to {@code limit} unpaid invoices due before the day whose id comes after {@code after} (null: from
     * the first), by id, read without their debtor. Paging by the last id seen rather than by an offset: a
     * page costs the same wherever it is, and invoices paid or added during a run shift no page.
     * Invoice ids are strings (UUIDs), so they all compare with one another.
     */
    public List<Overdue> overdue(LocalDate dueBefore, InvoiceId after, int limit) {
        var criteria = Criteria.where("settled").is(false).and("dueDate").lt(dueBefore);
        if (after != null) {
            criteria = criteria.and("_id").gt(after.value());
        }
        var query = Query.query(criteria).with(Sort.by("_id")).limit(limit);
        return mongo.find(query, InvoiceRecord.class).stream()
                .map(r -> new Overdue(r.toDomain(), r.planId() != null, r.feesHeldThrough())).toList();
    }

    /**
     * Adds the lines {@code linesFor} answers for the invoice as stored; retried on a concurrent change,
     * so the lines are always decided from the latest state. Answers the lines added.
     */
    public List<InvoiceLine> add(DebtorId debtor, InvoiceId invoice, Function<Invoice, List<InvoiceLine>> linesFor) {
        var added = new Object() {
            List<InvoiceLine> lines = List.of();
        };
        updates.update(debtor, invoice, current -> {
            added.lines = linesFor.apply(current);
            var changed = current;
            for (var line : added.lines) {
                changed = changed.withLine(line);
            }
            return added.lines.isEmpty() ? null : changed;
        });
        return added.lines;
    }

    /** Records that fees were held on this day (in a plan, in dispute); only ever moves forward. */
    public void holdFeesThrough(InvoiceId invoice, LocalDate day) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(invoice.value())), new Update().max("feesHeldThrough", day),
                InvoiceRecord.class);
    }

    /** The invoice with this number, for staff, when the number names exactly one invoice. */
    public Optional<Invoice> byNumber(String number) {
        var found = mongo.find(Query.query(Criteria.where("number").is(number.strip())).limit(2), InvoiceRecord.class);
        return found.size() == 1 ? Optional.of(found.getFirst().toDomain()) : Optional.empty();
    }

    /** The invoice, for staff, by id. */
    public Optional<Invoice> byId(InvoiceId invoice) {
        return Optional.ofNullable(mongo.findById(invoice.value(), InvoiceRecord.class)).map(InvoiceRecord::toDomain);
    }
}
