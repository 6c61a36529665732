package dev.saldo.portal.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongConsumer;

import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.invoice.InvoiceLine;
import dev.saldo.domain.invoice.LineType;
import dev.saldo.portal.audit.AuditAction;
import dev.saldo.portal.audit.AuditLog;
import dev.saldo.portal.debtor.Debtor;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.invoice.InvoiceBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports the ERP's CSV as it streams in: each line is checked on its own and either rejected with a
 * reason or queued; every {@code batch-size} valid rows are written in a few round trips. Debtors and
 * invoices are matched by the ERP's ids (debtor id; debtor + invoice number), so importing the same
 * file again creates nothing. Memory holds one batch and the ids seen so far in the file (to report
 * duplicates), never the file.
 */
@Service
public class ErpImporter {

    private static final Logger log = LoggerFactory.getLogger(ErpImporter.class);

    private final DebtorDirectory debtors;
    private final InvoiceBook invoices;
    private final ImportSettings settings;
    private final AuditLog audit;

    ErpImporter(DebtorDirectory debtors, InvoiceBook invoices, ImportSettings settings, AuditLog audit) {
        this.audit = audit;
        this.debtors = debtors;
        this.invoices = invoices;
        this.settings = settings;
    }

    /**
     * Imports a file on behalf of a person and records it in the audit log; {@code progress} hears the
     * bytes read so far after every batch.
     */
    public ImportReport importCsv(InputStream input, String actor, String source, LongConsumer progress) throws IOException {
        var report = importCsv(input, progress);
        audit.record(actor, AuditAction.IMPORT, source, null, "rows " + report.rows() + ", new debtors "
                + report.debtorsCreated() + ", new invoices " + report.invoicesCreated() + ", already known "
                + report.alreadyKnown() + ", rejected " + report.rejected());
        return report;
    }

    private ImportReport importCsv(InputStream input, LongConsumer progress) throws IOException {
        var started = System.nanoTime();
        var run = new Run();
        var lines = new CsvLines(new BufferedInputStream(input, 64 * 1024));
        var header = lines.next();
        if (header.isEmpty() || header.get().problem() != null || !header.get().fields().equals(ErpColumns.HEADER)) {
            run.reject(Rejection.of(1, "header", String.join(",", ErpColumns.HEADER)));
            return run.report(started);
        }
        for (var next = lines.next(); next.isPresent(); next = lines.next()) {
            var line = next.get();
            run.rows++;
            if (line.problem() != null) {
                run.reject(Rejection.of(line.number(), line.problem()));
                continue;
            }
            var parsed = ErpRow.parse(line.number(), line.fields());
            if (parsed.rejection() != null) {
                run.reject(parsed.rejection());
                continue;
            }
            var row = parsed.row();
            var firstSeen = run.seen.putIfAbsent(row.debtorId() + "\u0000" + row.invoiceNumber(), row.line());
            if (firstSeen != null) {
                run.reject(Rejection.of(row.line(), "duplicate", row.invoiceNumber(), row.debtorId(), firstSeen));
                continue;
            }
            run.batch.add(row);
            if (run.batch.size() >= settings.batchSize()) {
                write(run);
                progress.accept(lines.bytesRead());
            }
        }
        write(run);
        progress.accept(lines.bytesRead());
        var report = run.report(started);
        log.info("ERP import: {} rows, {} debtors and {} invoices created, {} already known, {} rejected in {} ms "
                + "(heap used {} MB)", report.rows(), report.debtorsCreated(), report.invoicesCreated(),
                report.alreadyKnown(), report.rejected(), report.millis(),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024));
        return report;
    }

    private void write(Run run) {
        if (run.batch.isEmpty()) {
            return;
        }
        var firstOfDebtor = new HashMap<String, Debtor>();
        for (var row : run.batch) {
            firstOfDebtor.putIfAbsent(row.debtorId(), new Debtor(null, row.debtorId(), row.debtorName(), row.kind(),
                    row.taxId(), row.email(), row.phone(), null, row.country(), row.language(), null));
        }
        var registered = debtors.registerAll(List.copyOf(firstOfDebtor.values()));
        run.debtorsCreated += registered.created();
        var batch = run.batch.stream().map(row -> invoice(row, registered.byExternalId().get(row.debtorId()))).toList();
        var created = invoices.registerAll(batch).size();
        run.invoicesCreated += created;
        run.alreadyKnown += batch.size() - created;
        run.batch.clear();
    }

    private static Invoice invoice(ErpRow row, Debtor debtor) {
        var line = new InvoiceLine(LineType.CHARGE, row.description().isEmpty() ? row.invoiceNumber() : row.description(),
                row.amount(), row.issueDate());
        return Invoice.of(InvoiceId.of(UUID.randomUUID().toString()), debtor.debtorId(), row.invoiceNumber(),
                row.issueDate(), row.dueDate(), List.of(line), List.of());
    }

    /** The state of one import. */
    private final class Run {

        final Map<String, Long> seen = new HashMap<>();
        final List<ErpRow> batch = new ArrayList<>();
        final List<Rejection> rejections = new ArrayList<>();
        long rows;
        long rejected;
        long debtorsCreated;
        long invoicesCreated;
        long alreadyKnown;

        void reject(Rejection rejection) {
            rejected++;
            if (rejections.size() < settings.maxReportedRejections()) {
                rejections.add(rejection);
            }
        }

        ImportReport report(long started) {
            return new ImportReport(rows, debtorsCreated, invoicesCreated, alreadyKnown, rejected, List.copyOf(rejections),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
