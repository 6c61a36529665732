package dev.saldo.portal.staff.figures;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;

import dev.saldo.domain.invoice.AgingBucket;
import dev.saldo.domain.money.Money;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.importer.ErpExporter;
import dev.saldo.portal.invoice.PortfolioScan;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;

/** The open invoices behind one bar segment of the aging chart, a page at a time, with their debtors. */
@Service
public class BucketInvoices {

    /** One line of the drill-down list. */
    public record BucketInvoice(String invoiceNumber, String debtorName, String debtorExternalId, LocalDate dueDate,
            long daysOverdue, Money open) {
    }

    private final PortfolioScan scan;
    private final DebtorDirectory debtors;
    private final FigureStore store;
    private final Clock clock;
    private final ErpExporter exporter;

    BucketInvoices(PortfolioScan scan, DebtorDirectory debtors, FigureStore store, Clock clock, ErpExporter exporter) {
        this.scan = scan;
        this.exporter = exporter;
        this.debtors = debtors;
        this.store = store;
        this.clock = clock;
    }

    /** The day the figures are aged to, which is the day the buckets are drawn for. */
    public LocalDate asOf() {
        return store.asOf().orElseGet(() -> LocalDate.now(clock));
    }

    /** Every invoice of the list as CSV in the ERP's shape, streamed from the database. */
    public void export(Currency currency, AgingBucket bucket, LocalDate asOf, OutputStream out, String actor)
            throws IOException {
        var range = AgingRange.of(bucket, asOf);
        try (var invoices = scan.openDueBetween(currency, range.dueFrom(), range.dueTo())) {
            exporter.export(invoices, out, actor, currency.getCurrencyCode() + " " + AgingRange.slug(bucket) + " as of " + asOf);
        }
    }

    public Slice<BucketInvoice> page(Currency currency, AgingBucket bucket, LocalDate asOf, Pageable pageable) {
        var range = AgingRange.of(bucket, asOf);
        var page = scan.openDueBetween(currency, range.dueFrom(), range.dueTo(), asOf, pageable);
        var names = debtors.byIds(page.getContent().stream().map(PortfolioScan.OpenInvoice::debtorId).toList());
        var rows = page.getContent().stream().map(open -> {
            var debtor = names.get(open.debtorId());
            return new BucketInvoice(open.row().number(), debtor == null ? "" : debtor.name(),
                    debtor == null ? "" : debtor.externalId(), open.row().dueDate(), open.row().daysOverdue(),
                    open.row().openBalance());
        }).toList();
        return new SliceImpl<>(rows, pageable, page.hasNext());
    }
}
