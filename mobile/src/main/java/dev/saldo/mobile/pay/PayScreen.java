package dev.saldo.mobile.pay;

import com.gluonhq.attach.lifecycle.LifecycleEvent;
import com.gluonhq.attach.lifecycle.LifecycleService;
import dev.saldo.domain.api.CurrencyTotals;
import dev.saldo.domain.api.Summary;
import dev.saldo.mobile.account.Loaded;
import dev.saldo.mobile.i18n.Formats;
import dev.saldo.mobile.i18n.Messages;
import dev.saldo.mobile.shell.AppShell;
import dev.saldo.mobile.shell.Background;
import dev.saldo.mobile.shell.Screen;
import dev.saldo.mobile.shell.Ui;
import java.net.URI;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Pay what is owed in a currency: the portal starts the payment and answers with its checkout page
 * (Stripe or the sandbox), which opens in the browser. When the app comes back to the foreground the
 * balance is read again, so a finished payment shows without a manual refresh.
 */
public final class PayScreen implements Screen {

    static final String BUNDLE = "dev.saldo.mobile.pay.pay";

    private final AppShell shell;
    private final Messages messages;
    private final VBox content = new VBox(16);
    private final Node root = Ui.page(content);
    private final Label message = Ui.message("pay-message", "body");
    private boolean awaitingReturn;

    public PayScreen(AppShell shell) {
        this.shell = shell;
        this.messages = shell.context().messages(BUNDLE);
        content.setId("pay");
        LifecycleService.create().ifPresent(service -> service.addListener(LifecycleEvent.RESUME, this::cameBack));
        root.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                scene.getWindow().focusedProperty().addListener((f, was, focused) -> {
                    if (focused) {
                        cameBack();
                    }
                });
            }
        });
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
        shell.load(content, "pay-error", () -> shell.context().account().summary(), this::render);
    }

    /** Back from the browser: read the balance again. */
    public void cameBack() {
        if (awaitingReturn && root.getScene() != null) {
            awaitingReturn = false;
            show();
        }
    }

    private void render(Loaded<Summary> summary) {
        shell.showAge(summary);
        Formats formats = shell.context().formats();
        content.getChildren().clear();
        if (summary.value().balances().isEmpty()) {
            content.getChildren().add(Ui.card(Ui.text("nothing-to-pay", messages.get("nothing"), "headline")));
        }
        for (CurrencyTotals totals : summary.value().balances()) {
            Button pay = Ui.primary("pay-" + totals.currency(), messages.format("pay-all", formats.money(totals.totalOwed())));
            pay.setOnAction(event -> start(totals.currency(), pay));
            content.getChildren().add(Ui.card(Ui.text(null, messages.get("owed"), "caption"),
                    Ui.text("pay-total-" + totals.currency(), formats.money(totals.totalOwed()), "money-large"),
                    Ui.text(null, messages.get("how"), "body"), pay));
        }
        Button refresh = Ui.secondary("refresh", messages.get("refresh"));
        refresh.setOnAction(event -> show());
        content.getChildren().addAll(message, refresh);
        if (!summary.isFresh()) {
            message.setText(shell.messages().get("needs-network"));
        }
    }

    private void start(String currency, Button button) {
        button.setDisable(true);
        message.setText(messages.get("opening"));
        Background.run(() -> shell.context().account().startPayment(currency), checkout -> {
            button.setDisable(false);
            awaitingReturn = true;
            message.setText(messages.get("opened"));
            shell.context().open(shell.context().settings().baseUrl().resolve(URI.create(checkout.checkoutUrl())));
        }, failure -> {
            button.setDisable(false);
            message.setText(failure.isOffline() ? shell.messages().get("needs-network") : failure.getMessage());
        });
    }
}
