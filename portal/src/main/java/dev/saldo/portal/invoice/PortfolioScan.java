package dev.saldo.portal.invoice;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.stream.Stream;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.Invoice;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The whole portfolio across debtors, for the collection team: a cursor over every invoice (for a
 * rebuild, never held in memory), the few open invoices due on given days (for the daily aging roll)
 * and pages of open invoices by due-date range (to drill into an aging bucket).
 */
@Service
public class PortfolioScan {

    /** An open invoice with the debtor it belongs to, as a cross-debtor list shows it. */
    public record OpenInvoice(DebtorId debtorId, InvoiceRow row) {
    }

    private static final Sort OLDEST_FIRST = Sort.by("dueDate", "number");

    /**
     * Documents per reply for reads across the portfolio, here and in other modules. Left to itself a database
     * sends 101 documents, then replies of up to 16 MiB: some 35 000 invoices, which the portal holds decoded at
     * once, several times their size. A thousand keeps a scan's memory small on any database at few round trips.
     */
    public static final int SCAN_BATCH = 1000;

    private final MongoTemplate mongo;

    PortfolioScan(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Every invoice, read through a cursor; close the stream. */
    public Stream<Invoice> everyInvoice() {
        return mongo.stream(new Query().cursorBatchSize(SCAN_BATCH), InvoiceRecord.class).map(InvoiceRecord::toDomain);
    }

    /** Open invoices falling due on one of these days; close the stream. */
    public Stream<Invoice> openDueOn(Collection<LocalDate> days) {
        var query = Query.query(Criteria.where("settled").is(false).and("dueDate").in(days)).cursorBatchSize(SCAN_BATCH);
        return mongo.stream(query, InvoiceRecord.class).map(InvoiceRecord::toDomain);
    }

    /** Every open invoice in a currency due between two days (inclusive, null for no limit), oldest first; close the stream. */
    public Stream<Invoice> openDueBetween(Currency currency, LocalDate from, LocalDate to) {
        return mongo.stream(Query.query(openIn(currency, from, to)).with(OLDEST_FIRST).cursorBatchSize(SCAN_BATCH),
                        InvoiceRecord.class)
                .map(InvoiceRecord::toDomain);
    }

    /**
     * One page of open invoices in a currency due between two days (inclusive; either may be null for
     * "no limit"), oldest due first, with everything that depends on {@code today} worked out.
     */
    public Slice<OpenInvoice> openDueBetween(Currency currency, LocalDate from, LocalDate to, LocalDate today,
            Pageable pageable) {
        var query = Query.query(openIn(currency, from, to)).with(pageable.getSort().isSorted() ? pageable.getSort() : OLDEST_FIRST)
                .skip(pageable.getOffset()).limit(pageable.getPageSize() + 1);
        var records = mongo.find(query, InvoiceRecord.class);
        var hasNext = records.size() > pageable.getPageSize();
        var rows = records.stream().limit(pageable.getPageSize())
                .map(r -> new OpenInvoice(DebtorId.of(r.debtorId()), InvoiceRow.of(r.toDomain(), today)))
                .toList();
        return new SliceImpl<>(rows, pageable, hasNext);
    }

    private static Criteria openIn(Currency currency, LocalDate from, LocalDate to) {
        var criteria = Criteria.where("settled").is(false).and("currency").is(currency.getCurrencyCode());
        if (from != null && to != null) {
            return criteria.and("dueDate").gte(from).lte(to);
        } else if (from != null) {
            return criteria.and("dueDate").gte(from);
        } else if (to != null) {
            return criteria.and("dueDate").lte(to);
        }
        return criteria;
    }
}
