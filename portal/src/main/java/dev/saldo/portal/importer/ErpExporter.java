package dev.saldo.portal.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import dev.saldo.domain.invoice.Invoice;
import dev.saldo.portal.audit.AuditAction;
import dev.saldo.portal.audit.AuditLog;
import dev.saldo.portal.debtor.Debtor;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.invoice.PortfolioScan;
import org.springframework.stereotype.Service;

/**
 * Writes invoices with their debtors as CSV in the import's own shape, so an export can be imported
 * again (and changes nothing). Streams from a database cursor, looking debtors up a page at a time.
 */
@Service
public class ErpExporter {

    /** What a browser is told it downloads. */
    public static final String CONTENT_TYPE = "text/csv; charset=utf-8";

    private static final int PAGE = 500;

    private final PortfolioScan scan;
    private final DebtorDirectory debtors;
    private final AuditLog audit;

    ErpExporter(PortfolioScan scan, DebtorDirectory debtors, AuditLog audit) {
        this.audit = audit;
        this.scan = scan;
        this.debtors = debtors;
    }

    /** Every invoice in the portfolio, recorded in the audit log as the person's export. */
    public void exportAll(OutputStream out, String actor) throws IOException {
        try (var invoices = scan.everyInvoice()) {
            export(invoices, out, actor, "all invoices");
        }
    }

    /** The invoices a screen lists (for instance one aging bucket); the caller closes the stream. */
    public void export(Stream<Invoice> invoices, OutputStream out, String actor, String subject) throws IOException {
        var rows = write(invoices, out);
        audit.record(actor, AuditAction.EXPORT, subject, null, "rows " + rows);
    }

    private long write(Stream<Invoice> invoices, OutputStream out) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(String.join(",", ErpColumns.HEADER));
        writer.write("\r\n");
        var page = new ArrayList<Invoice>(PAGE);
        long rows = 0;
        try {
            for (Iterator<Invoice> it = invoices.iterator(); it.hasNext(); ) {
                page.add(it.next());
                if (page.size() == PAGE) {
                    rows += writePage(page, writer);
                }
            }
            rows += writePage(page, writer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
        return rows;
    }

    private int writePage(List<Invoice> page, Writer writer) throws IOException {
        var written = 0;
        var byId = debtors.byIds(page.stream().map(Invoice::debtorId).toList());
        for (var invoice : page) {
            var debtor = byId.get(invoice.debtorId());
            if (debtor != null) {
                writer.write(row(debtor, invoice));
                writer.write("\r\n");
                written++;
            }
        }
        page.clear();
        return written;
    }

    static String row(Debtor debtor, Invoice invoice) {
        var charge = invoice.lines().getFirst().description();
        var amount = invoice.original().plus(invoice.fees()).minus(invoice.discounts());
        return String.join(",", List.of(
                CsvLines.quote(debtor.externalId()), CsvLines.quote(debtor.name()), debtor.kind().name(),
                CsvLines.quote(debtor.taxId()), CsvLines.quote(debtor.email()), CsvLines.quote(debtor.phone()),
                CsvLines.quote(debtor.country()), CsvLines.quote(debtor.language()), CsvLines.quote(invoice.number()),
                CsvLines.quote(charge), invoice.issueDate().toString(), invoice.dueDate().toString(),
                invoice.currency().getCurrencyCode(), amount.amount().toPlainString()));
    }
}
