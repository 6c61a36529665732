package dev.saldo.portal.payment;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.money.MoneyFormat;
import dev.saldo.portal.debtor.DebtorDirectory;
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

/** A PDF receipt for a succeeded payment, in the debtor's language, amounts written as on their invoices. */
@Service
public class PaymentReceipts {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 11);
    private static final Font STRONG = new Font(Font.HELVETICA, 11, Font.BOLD);

    private final PaymentService payments;
    private final DebtorDirectory debtors;
    private final MessageSource messages;
    private final ZoneId zone;

    PaymentReceipts(PaymentService payments, DebtorDirectory debtors, MessageSource messages,
            @Value("${saldo.time-zone:America/Santiago}") String zone) {
        this.payments = payments;
        this.debtors = debtors;
        this.messages = messages;
        this.zone = ZoneId.of(zone);
    }

    /** The receipt, if the payment is the debtor's and has succeeded. */
    public Optional<byte[]> pdf(DebtorId debtor, String paymentId, Locale locale) {
        return payments.find(debtor, paymentId).filter(PaymentRecord::hasReceipt).map(p -> render(p, locale));
    }

    public static String fileName(String paymentId) {
        return "receipt-" + paymentId + ".pdf";
    }

    private byte[] render(PaymentRecord payment, Locale locale) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(text(locale, "receipt.title") + " " + payment.id());
        document.open();
        document.add(new Paragraph(text(locale, "app.name"), STRONG));
        var title = new Paragraph(text(locale, "receipt.title"), TITLE);
        title.setSpacingAfter(12);
        document.add(title);
        var name = debtors.find(payment.debtor()).map(d -> d.name()).orElse("");
        var facts = new PdfPTable(2);
        facts.setWidthPercentage(100);
        row(facts, text(locale, "receipt.reference"), payment.id());
        row(facts, text(locale, "receipt.debtor"), name);
        row(facts, text(locale, "receipt.date"),
                MoneyFormat.formatDate(payment.settledAt().atZone(zone).toLocalDate(), locale));
        row(facts, text(locale, "receipt.method"), text(locale, "receipt.method." + payment.method()));
        row(facts, text(locale, "receipt.amount"), money(payment.amount(), locale));
        document.add(facts);

        var heading = new Paragraph(text(locale, "receipt.allocations"), STRONG);
        heading.setSpacingBefore(16);
        heading.setSpacingAfter(6);
        document.add(heading);
        var table = new PdfPTable(new float[] {3, 2});
        table.setWidthPercentage(100);
        header(table, text(locale, "receipt.invoice"), Element.ALIGN_LEFT);
        header(table, text(locale, "receipt.applied"), Element.ALIGN_RIGHT);
        for (var share : payment.applied()) {
            cell(table, share.invoiceNumber(), Element.ALIGN_LEFT);
            cell(table, money(payment.money(share.amountMinor()), locale), Element.ALIGN_RIGHT);
        }
        if (payment.creditMinor() > 0) {
            cell(table, text(locale, "receipt.credit"), Element.ALIGN_LEFT);
            cell(table, money(payment.credit(), locale), Element.ALIGN_RIGHT);
        }
        document.add(table);
        var thanks = new Paragraph(text(locale, "receipt.thanks"), BODY);
        thanks.setSpacingBefore(20);
        document.add(thanks);
        document.close();
        return out.toByteArray();
    }

    private String text(Locale locale, String key) {
        return messages.getMessage(key, null, locale);
    }

    private static String money(Money money, Locale locale) {
        return MoneyFormat.format(money, locale);
    }

    private static void row(PdfPTable table, String label, String value) {
        var left = new PdfPCell(new Phrase(label, STRONG));
        left.setBorder(0);
        left.setPaddingBottom(4);
        var right = new PdfPCell(new Phrase(value, BODY));
        right.setBorder(0);
        right.setPaddingBottom(4);
        table.addCell(left);
        table.addCell(right);
    }

    private static void header(PdfPTable table, String text, int align) {
        var cell = new PdfPCell(new Phrase(text, STRONG));
        cell.setHorizontalAlignment(align);
        cell.setPadding(5);
        table.addCell(cell);
    }

    private static void cell(PdfPTable table, String text, int align) {
        var cell = new PdfPCell(new Phrase(text, BODY));
        cell.setHorizontalAlignment(align);
        cell.setPadding(5);
        table.addCell(cell);
    }
}
