package dev.saldo.portal.staff.escalation;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.Allocation;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.money.MoneyFormat;
import dev.saldo.portal.debtor.Debtor;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.plan.ArrangementHistory;
import dev.saldo.portal.plan.ArrangementOutcome;
import dev.saldo.portal.plan.PlanHistory;
import dev.saldo.portal.plan.ReasonText;
import dev.saldo.portal.staff.risk.WorkList;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The case file handed to an agency or a lawyer: who the debtor is, every invoice with what was paid
 * and what is open, each payment, how their promises and plans ended, their recent history, and the
 * segment and risk with reasons. In Spanish or English.
 */
@Service
public class CaseFiles {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10);
    private static final Font STRONG = new Font(Font.HELVETICA, 10, Font.BOLD);

    private final DebtorDirectory debtors;
    private final InvoiceBook invoices;
    private final ArrangementHistory arrangements;
    private final PlanHistory timeline;
    private final WorkList workList;
    private final ReasonText reasons;
    private final MessageSource messages;
    private final ZoneId zone;

    CaseFiles(DebtorDirectory debtors, InvoiceBook invoices, ArrangementHistory arrangements, PlanHistory timeline,
            WorkList workList, ReasonText reasons, MessageSource messages,
            @Value("${saldo.time-zone:America/Santiago}") String zone) {
        this.debtors = debtors;
        this.invoices = invoices;
        this.arrangements = arrangements;
        this.timeline = timeline;
        this.workList = workList;
        this.reasons = reasons;
        this.messages = messages;
        this.zone = ZoneId.of(zone);
    }

    public static String fileName(Debtor debtor) {
        return "case-" + (debtor.externalId() == null ? debtor.id() : debtor.externalId()) + ".pdf";
    }

    public byte[] render(DebtorId id, Locale locale) {
        var debtor = debtors.find(id).orElseThrow(() -> new IllegalArgumentException("No debtor " + id));
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle(text(locale, "casefile.title") + " " + debtor.name());
        document.open();
        document.add(new Paragraph(text(locale, "app.name"), STRONG));
        var title = new Paragraph(text(locale, "casefile.title") + ": " + debtor.name(), TITLE);
        title.setSpacingAfter(10);
        document.add(title);
        var today = invoices.today();
        document.add(new Paragraph(text(locale, "casefile.as-of", MoneyFormat.formatDate(today, locale)), BODY));

        heading(document, text(locale, "casefile.debtor"));
        var facts = new PdfPTable(new float[] {1, 2});
        facts.setWidthPercentage(100);
        row(facts, text(locale, "casefile.name"), debtor.name());
        row(facts, text(locale, "casefile.external-id"), nullToEmpty(debtor.externalId()));
        row(facts, text(locale, "casefile.tax-id"), nullToEmpty(debtor.taxId()));
        row(facts, text(locale, "casefile.email"), nullToEmpty(debtor.email()));
        row(facts, text(locale, "casefile.phone"), nullToEmpty(debtor.phone()));
        row(facts, text(locale, "casefile.country"), nullToEmpty(debtor.country()));
        workList.of(id).ifPresent(item -> {
            row(facts, text(locale, "casefile.segment"), text(locale, item.segment().messageKey()) + " — "
                    + String.join(" ", item.segmentReasons().stream().map(r -> reasons.format(r, locale)).toList()));
            item.riskPercent().ifPresent(r -> row(facts, text(locale, "casefile.risk"), text(locale, "worklist.percent", r)));
        });
        document.add(facts);

        var all = invoices.allOf(id).stream().sorted(Comparator.comparing(i -> i.dueDate())).toList();
        heading(document, text(locale, "casefile.invoices"));
        var table = new PdfPTable(new float[] {3, 2, 2, 2, 2, 2});
        table.setWidthPercentage(100);
        for (var key : new String[] {"casefile.invoice", "casefile.issued", "casefile.due", "casefile.total",
                "casefile.paid", "casefile.open"}) {
            header(table, text(locale, key));
        }
        for (var invoice : all) {
            cell(table, invoice.number(), Element.ALIGN_LEFT);
            cell(table, MoneyFormat.formatDate(invoice.issueDate(), locale), Element.ALIGN_LEFT);
            cell(table, MoneyFormat.formatDate(invoice.dueDate(), locale), Element.ALIGN_LEFT);
            cell(table, money(invoice.allocated().plus(invoice.openBalance()), locale), Element.ALIGN_RIGHT);
            cell(table, money(invoice.allocated(), locale), Element.ALIGN_RIGHT);
            cell(table, money(invoice.openBalance(), locale), Element.ALIGN_RIGHT);
        }
        document.add(table);

        heading(document, text(locale, "casefile.payments"));
        var payments = new PdfPTable(new float[] {2, 3, 2});
        payments.setWidthPercentage(100);
        header(payments, text(locale, "casefile.date"));
        header(payments, text(locale, "casefile.invoice"));
        header(payments, text(locale, "casefile.amount"));
        all.stream().flatMap(i -> i.allocations().stream().map(a -> new Paid(i.number(), a)))
                .sorted(Comparator.comparing(p -> p.allocation().date())).forEach(p -> {
                    cell(payments, MoneyFormat.formatDate(p.allocation().date(), locale), Element.ALIGN_LEFT);
                    cell(payments, p.invoice(), Element.ALIGN_LEFT);
                    cell(payments, money(p.allocation().amount(), locale), Element.ALIGN_RIGHT);
                });
        document.add(payments);

        heading(document, text(locale, "casefile.arrangements"));
        var outcomes = arrangements.outcomesOf(id).stream().sorted(Comparator.comparing(ArrangementOutcome::endedOn)).toList();
        if (outcomes.isEmpty()) {
            document.add(new Paragraph(text(locale, "casefile.none"), BODY));
        }
        for (var outcome : outcomes) {
            document.add(new Paragraph(text(locale, "casefile.arrangement." + outcome.kind().name().toLowerCase()
                    + (outcome.broken() ? ".broken" : ".kept"), MoneyFormat.formatDate(outcome.madeOn(), locale),
                    MoneyFormat.formatDate(outcome.endedOn(), locale)), BODY));
        }

        heading(document, text(locale, "casefile.timeline"));
        var lines = timeline.recent(id, 50);
        if (lines.isEmpty()) {
            document.add(new Paragraph(text(locale, "casefile.none"), BODY));
        }
        for (var line : lines) {
            document.add(new Paragraph(MoneyFormat.formatDate(line.at().atZone(zone).toLocalDate(), locale) + " — "
                    + reasons.format(line.what(), locale), BODY));
        }
        document.close();
        return out.toByteArray();
    }

    private record Paid(String invoice, Allocation allocation) {
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String money(Money money, Locale locale) {
        return MoneyFormat.format(money, locale);
    }

    private static void heading(Document document, String text) {
        var heading = new Paragraph(text, new Font(Font.HELVETICA, 12, Font.BOLD));
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    private static void row(PdfPTable table, String label, String value) {
        var left = new PdfPCell(new Phrase(label, STRONG));
        left.setBorder(0);
        var right = new PdfPCell(new Phrase(value, BODY));
        right.setBorder(0);
        table.addCell(left);
        table.addCell(right);
    }

    private static void header(PdfPTable table, String text) {
        var cell = new PdfPCell(new Phrase(text, STRONG));
        cell.setBorderWidth(0.5f);
        table.addCell(cell);
    }

    private static void cell(PdfPTable table, String text, int align) {
        var cell = new PdfPCell(new Phrase(text, BODY));
        cell.setHorizontalAlignment(align);
        cell.setBorderWidth(0.25f);
        table.addCell(cell);
    }
}
