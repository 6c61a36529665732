package dev.saldo.mobile.invoices;

import dev.saldo.domain.api.InvoiceItem;
import dev.saldo.domain.api.InvoicePage;
import dev.saldo.mobile.account.Loaded;
import dev.saldo.mobile.i18n.Formats;
import dev.saldo.mobile.i18n.Messages;
import dev.saldo.mobile.shell.AppShell;
import dev.saldo.mobile.shell.Screen;
import dev.saldo.mobile.shell.Ui;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
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
        shell.load(content, "invoices-error", () -> shell.context().account().invoices(), this::render);
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
        HBox.setHgrow(left, Priority.ALWAYS);
        Label amount = Ui.text(null, formats.money(item.openBalance()), "money");
        amount.setWrapText(false);
        amount.setMinWidth(Region.USE_PREF_SIZE);
        VBox right = new VBox(4, amount, status(item.status()));
        right.setAlignment(Pos.CENTER_RIGHT);
        right.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(12, left, right);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("invoice-" + item.number());
        row.getStyleClass().add("list-row");
        row.setAccessibleRole(AccessibleRole.BUTTON);
        row.setFocusTraversable(true);
        row.setOnMouseClicked(event -> shell.push(new InvoiceDetailScreen(shell, item)));
        row.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                shell.push(new InvoiceDetailScreen(shell, item));
            }
        });
        return row;
    }

    Node status(String status) {
        String key = "status." + status.toLowerCase(Locale.ROOT).replace('_', '-');
        String text = messages.has(key) ? messages.get(key) : status;
        Label chip = Ui.text(null, text, "chip", "OVERDUE".equals(status) ? "danger" : "PAID".equals(status) ? "good" : "calm");
        chip.setWrapText(false);
        chip.setMinWidth(Region.USE_PREF_SIZE);
        return chip;
    }
}
