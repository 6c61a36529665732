package dev.saldo.mobile.signin;

import dev.saldo.mobile.api.BasicCredentials;
import dev.saldo.mobile.api.Credentials;
import dev.saldo.mobile.auth.KeycloakSignIn;
import dev.saldo.mobile.auth.OidcClient;
import dev.saldo.mobile.i18n.Messages;
import dev.saldo.mobile.shell.AppContext;
import dev.saldo.mobile.shell.AppShell;
import dev.saldo.mobile.shell.Background;
import dev.saldo.mobile.shell.Screen;
import dev.saldo.mobile.shell.Ui;
import dev.saldo.mobile.storage.Settings;
import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The first screen: who is asking. A built-in account is checked by reading the summary with it. */
public final class SignInScreen implements Screen {

    static final String BUNDLE = "dev.saldo.mobile.signin.signin";

    private final AppShell shell;
    private final AppContext context;
    private final Messages messages;
    private final Consumer<Credentials> signedIn;
    private final TextField user = new TextField();
    private final PasswordField password = new PasswordField();
    private final TextField portal = new TextField();
    private final Label error = Ui.message("sign-in-error", "error-text");
    private final Node root;

    public SignInScreen(AppShell shell, Consumer<Credentials> signedIn) {
        this.shell = shell;
        this.context = shell.context();
        this.messages = context.messages(BUNDLE);
        this.signedIn = signedIn;
        this.root = layout();
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
        portal.setText(context.settings().baseUrl().toString());
        error.setText("");
    }

    private Node layout() {
        VBox form = new VBox(12, Ui.text("welcome", messages.get("welcome"), "headline"),
                Ui.text("intro", messages.get("intro"), "body"));
        if (context.settings().signInMode() == Settings.SignInMode.KEYCLOAK) {
            Button keycloak = Ui.primary("keycloak-sign-in", messages.get("keycloak"));
            keycloak.setOnAction(event -> keycloak(keycloak));
            form.getChildren().addAll(Ui.text(null, messages.get("keycloak-intro"), "caption"), keycloak);
        } else {
            user.setId("user");
            user.setPromptText(messages.get("user"));
            password.setId("password");
            password.setPromptText(messages.get("password"));
            Button signIn = Ui.primary("sign-in", messages.get("sign-in"));
            signIn.setDefaultButton(true);
            signIn.setOnAction(event -> builtIn(signIn));
            form.getChildren().addAll(field("user", user), field("password", password), signIn);
        }
        portal.setId("portal");
        form.getChildren().addAll(error, field("portal", portal));
        return Ui.page(new VBox(Ui.card(form.getChildren().toArray(Node[]::new))));
    }

    private VBox field(String key, TextField input) {
        Label label = Ui.text(null, messages.get(key), "field-label");
        label.setLabelFor(input);
        input.getStyleClass().add("field");
        return new VBox(4, label, input);
    }

    private void builtIn(Button button) {
        if (user.getText().isBlank() || password.getText().isEmpty()) {
            error.setText(messages.get("missing"));
            return;
        }
        rememberPortal();
        Credentials who = new BasicCredentials(user.getText().strip(), password.getText());
        context.signedIn(who);
        button.setDisable(true);
        // The summary is the cheapest read that proves the password, and it warms the cache for home.
        Background.run(() -> context.account().summary(), summary -> {
            password.clear();
            button.setDisable(false);
            signedIn.accept(who);
        }, failure -> {
            context.signedIn(null);
            button.setDisable(false);
            error.setText(failure.getMessage());
        });
    }

    private void keycloak(Button button) {
        rememberPortal();
        button.setDisable(true);
        error.setText(messages.get("waiting"));
        var settings = context.settings();
        var oidc = new OidcClient(settings.issuer(), settings.clientId(), context.clock());
        var flow = new KeycloakSignIn(oidc, context::open, context.clock(), Duration.ofMinutes(5));
        Background.run(() -> flow.signIn(messages.get("keycloak-done")), who -> {
            button.setDisable(false);
            context.signedIn(who);
            signedIn.accept(who);
        }, failure -> {
            button.setDisable(false);
            error.setText(failure.getMessage().isBlank() ? shell.messages().get("needs-network") : failure.getMessage());
        });
    }

    private void rememberPortal() {
        try {
            URI uri = URI.create(portal.getText().strip());
            if (uri.getScheme() != null && uri.getHost() != null) {
                context.settings().baseUrl(uri);
            }
        } catch (IllegalArgumentException ignored) {
            // Keep the previous address; the request will say if it cannot be reached.
        }
    }
}
