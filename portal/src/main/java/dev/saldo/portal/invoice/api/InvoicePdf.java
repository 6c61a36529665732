package dev.saldo.portal.invoice.api;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Locale;

import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.money.Money;
import dev.saldo.portal.ui.Formats;
import dev.saldo.portal.ui.Languages;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An invoice as a one-page PDF in Spanish or English, with amounts and dates written as on screen. */
@Component
class InvoicePdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);

    private final MessageSource messages;

    InvoicePdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(Invoice invoice, LocalDate today, Locale requested) {
        var locale = Languages.closestTo(requested);
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle(text("invoice.title", locale, invoice.number()));
        document.open();
        document.add(new Paragraph(text("app.name", locale), LABEL));
        document.add(new Paragraph(text("invoice.title", locale, invoice.number()), TITLE));
        var status = text(invoice.status(today).messageKey(), locale);
        document.add(new Paragraph(text("pdf.as-of", locale, Formats.date(today, locale), status), TEXT));
        document.add(new Paragraph(" "));

        var facts = new PdfPTable(2);
        facts.setWidthPercentage(60);
        facts.setHorizontalAlignment(Element.ALIGN_LEFT);
        fact(facts, text("invoice.issued", locale), Formats.date(invoice.issueDate(), locale));
        fact(facts, text("invoice.due", locale), Formats.date(invoice.dueDate(), locale));
        fact(facts, text("invoice.original", locale), money(invoice.original(), locale));
        fact(facts, text("invoice.fees", locale), money(invoice.fees(), locale));
        fact(facts, text("invoice.discounts", locale), money(invoice.discounts(), locale));
        fact(facts, text("invoice.paid", locale), money(invoice.allocated(), locale));
        fact(facts, text("invoice.open", locale), money(invoice.openBalance(), locale));
        document.add(facts);
        document.add(new Paragraph(" "));

        document.add(new Paragraph(text("invoice.history", locale), LABEL));
        var history = new PdfPTable(new float[] {2, 6, 3});
        history.setWidthPercentage(100);
        history.setHeaderRows(1);
        history.addCell(cell(text("invoice.history.date", locale), LABEL, Element.ALIGN_LEFT));
        history.addCell(cell(text("invoice.history.what", locale), LABEL, Element.ALIGN_LEFT));
        history.addCell(cell(text("invoice.history.amount", locale), LABEL, Element.ALIGN_RIGHT));
        for (var line : invoice.lines()) {
            row(history, Formats.date(line.date(), locale),
                    text("invoice.history." + line.type().name().toLowerCase(), locale, line.description()),
                    money(line.type().name().equals("DISCOUNT") ? line.amount().negate() : line.amount(), locale));
        }
        for (var payment : invoice.allocations()) {
            row(history, Formats.date(payment.date(), locale),
                    text("invoice.history.payment", locale, payment.paymentReference()),
                    money(payment.amount().negate(), locale));
        }
        document.add(history);
        document.close();
        return out.toByteArray();
    }

    private static void fact(PdfPTable table, String label, String value) {
        table.addCell(cell(label, LABEL, Element.ALIGN_LEFT));
        table.addCell(cell(value, TEXT, Element.ALIGN_RIGHT));
    }

    private static void row(PdfPTable table, String date, String what, String amount) {
        table.addCell(cell(date, TEXT, Element.ALIGN_LEFT));
        table.addCell(cell(what, TEXT, Element.ALIGN_LEFT));
        table.addCell(cell(amount, TEXT, Element.ALIGN_RIGHT));
    }

    private static PdfPCell cell(String value, Font font, int alignment) {
        var cell = new PdfPCell(new Phrase(value, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }

    private static String money(Money money, Locale locale) {
        return Formats.money(money, locale);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
