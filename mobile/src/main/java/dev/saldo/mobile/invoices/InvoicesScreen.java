package dev.saldo.mobile.invoices;

import dev.saldo.domain.api.InvoiceItem;
import dev.saldo.domain.api.InvoicePage;
import dev.saldo.mobile.account.Loaded;
import dev.saldo.mobile.i18n.Formats;
import dev.saldo.mobile.i18n.Messages;
import dev.saldo.mobile.shell.AppShell;
import dev.saldo.mobile.shell.Background;
import dev.saldo.mobile.shell.Screen;
import dev.saldo.mobile.shell.Ui;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Every invoice, open ones first by due date; a tap opens its detail. */
public final class InvoicesScreen implements Screen {

    static final String BUNDLE = "dev.saldo.mobile.invoices.invoices";

    private final AppShell shell;
    private final Messages messages;
    private final VBox content = new VBox(8);
    private final Node root = Ui.page(content);

    public InvoicesScreen(AppShell shell) {
        this.shell = shell;
        this.messages = shell.context().messages(BUNDLE);
        content.setId("invoices");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public String title() {
        return messages.get("title");
    }

    @Override
    public void show() {
        content.getChildren().setAll(Ui.text(null, shell.messages().get("loading"), "caption"));
        Background.run(() -> shell.context().account().invoices(), this::render,
                failure -> content.getChildren().setAll(Ui.text("invoices-error", failure.getMessage(), "error-text")));
    }

    private void render(Loaded<InvoicePage> page) {
        shell.showAge(page);
        content.getChildren().clear();
        if (page.value().items().isEmpty()) {
            content.getChildren().add(Ui.card(Ui.text("no-invoices", messages.get("none"), "body")));
        }
        Formats formats = shell.context().formats();
        for (InvoiceItem item : page.value().items()) {
            content.getChildren().add(row(item, formats));
        }
    }

    private Node row(InvoiceItem item, Formats formats) {
        VBox left = new VBox(4, Ui.text(null, messages.format("number", item.number()), "row-title"),
                Ui.text(null, messages.format("due", formats.date(item.dueDate())), "caption"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox right = new VBox(4, Ui.text(null, formats.money(item.openBalance()), "money"), status(item.status()));
        right.setAlignment(Pos.CENTER_RIGHT);
        HBox line = new HBox(12, left, gap, right);
        line.setAlignment(Pos.CENTER_LEFT);
        Button row = new Button(null, line);
        row.setId("invoice-" + item.number());
        row.getStyleClass().add("list-row");
        row.setMaxWidth(Double.MAX_VALUE);
        line.prefWidthProperty().bind(row.widthProperty().subtract(32));
        row.setOnAction(event -> shell.push(new InvoiceDetailScreen(shell, item)));
        return row;
    }

    Node status(String status) {
        String key = "status." + status.toLowerCase(Locale.ROOT).replace('_', '-');
        String text = messages.has(key) ? messages.get(key) : status;
        return Ui.text(null, text, "chip", "OVERDUE".equals(status) ? "danger" : "PAID".equals(status) ? "good" : "calm");
    }
}
