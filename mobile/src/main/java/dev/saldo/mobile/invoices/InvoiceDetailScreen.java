package dev.saldo.mobile.invoices;

import dev.saldo.domain.api.InvoiceDetails;
import dev.saldo.domain.api.InvoiceItem;
import dev.saldo.mobile.account.Loaded;
import dev.saldo.mobile.i18n.Formats;
import dev.saldo.mobile.i18n.Messages;
import dev.saldo.mobile.shell.AppShell;
import dev.saldo.mobile.shell.Background;
import dev.saldo.mobile.shell.Screen;
import dev.saldo.mobile.shell.Ui;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** One invoice: what is left to pay, how it adds up, its lines and payments, and its PDF. */
public final class InvoiceDetailScreen implements Screen {

    private final AppShell shell;
    private final InvoiceItem item;
    private final Messages messages;
    private final VBox content = new VBox(16);
    private final Node root = Ui.page(content);
    private final Label pdfMessage = Ui.message("pdf-message", "caption");

    public InvoiceDetailScreen(AppShell shell, InvoiceItem item) {
        this.shell = shell;
        this.item = item;
        this.messages = shell.context().messages(InvoicesScreen.BUNDLE);
        content.setId("invoice-detail");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public String title() {
        return messages.format("number", item.number());
    }

    @Override
    public void show() {
        shell.load(content, "invoice-error", () -> shell.context().account().invoice(item.id()), this::render);
    }

    private void render(Loaded<InvoiceDetails> loaded) {
        shell.showAge(loaded);
        Formats formats = shell.context().formats();
        InvoiceDetails details = loaded.value();
        InvoiceItem invoice = details.invoice();
        content.getChildren().setAll(
                Ui.card(Ui.text(null, messages.get("open-balance"), "caption"),
                        Ui.text("open-balance", formats.money(invoice.openBalance()), "money-large"),
                        Ui.row(messages.get("issued"), Ui.text(null, formats.date(invoice.issueDate()), "value")),
                        Ui.row(messages.get("due-date"), Ui.text("due-date", formats.date(invoice.dueDate()), "value")),
                        Ui.row(messages.get("original"), Ui.text(null, formats.money(details.original()), "value")),
                        Ui.row(messages.get("fees"), Ui.text(null, formats.money(details.fees()), "value")),
                        Ui.row(messages.get("discounts"), Ui.text(null, formats.money(details.discounts()), "value")),
                        Ui.row(messages.get("paid"), Ui.text("paid", formats.money(details.paid()), "value"))),
                lines(details, formats), payments(details, formats), pdfButton(), pdfMessage);
    }

    private Node lines(InvoiceDetails details, Formats formats) {
        VBox card = Ui.card(Ui.text(null, messages.get("lines"), "section-title"));
        for (InvoiceDetails.Line line : details.lines()) {
            String type = "line." + line.type().toLowerCase(Locale.ROOT);
            String label = (messages.has(type) ? messages.get(type) : line.type())
                    + (line.description() == null || line.description().isBlank() ? "" : " · " + line.description());
            card.getChildren().add(Ui.row(label, Ui.text(null, formats.money(line.amount()), "value")));
        }
        return card;
    }

    private Node payments(InvoiceDetails details, Formats formats) {
        VBox card = Ui.card(Ui.text(null, messages.get("payments"), "section-title"));
        if (details.payments().isEmpty()) {
            card.getChildren().add(Ui.text("no-payments", messages.get("no-payments"), "caption"));
        }
        for (InvoiceDetails.Payment payment : details.payments()) {
            card.getChildren().add(Ui.row(formats.date(payment.date()), Ui.text(null, formats.money(payment.amount()), "value")));
        }
        return card;
    }

    private Node pdfButton() {
        Button pdf = Ui.secondary("open-pdf", messages.get("open-pdf"));
        pdf.setOnAction(event -> {
            pdf.setDisable(true);
            pdfMessage.setText(messages.get("downloading"));
            Background.run(() -> shell.context().account().invoicePdf(item.id(), item.number()), file -> {
                pdf.setDisable(false);
                pdfMessage.setText(messages.get("opened"));
                shell.context().open(file.toUri());
            }, failure -> {
                pdf.setDisable(false);
                pdfMessage.setText(failure.isOffline() ? shell.messages().get("needs-network") : failure.getMessage());
            });
        });
        return pdf;
    }
}
