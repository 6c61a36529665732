package dev.saldo.mobile.profile;

import dev.saldo.domain.api.ContactDetails;
import dev.saldo.mobile.account.Loaded;
import dev.saldo.mobile.i18n.Messages;
import dev.saldo.mobile.shell.AppContext;
import dev.saldo.mobile.shell.AppShell;
import dev.saldo.mobile.shell.Background;
import dev.saldo.mobile.shell.Screen;
import dev.saldo.mobile.shell.Ui;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Who is signed in, how Saldo reaches them (saved on the portal), the app's language, and sign-out. */
public final class ProfileScreen implements Screen {

    static final String BUNDLE = "dev.saldo.mobile.profile.profile";
    private static final String DEVICE = "";

    private final AppShell shell;
    private final AppContext context;
    private final Messages messages;
    private final Runnable signOut;
    private final Runnable languageChanged;
    private final TextField email = new TextField();
    private final TextField phone = new TextField();
    private final Label saveMessage = Ui.message("contact-message", "body");
    private final Button save;
    private final ComboBox<String> language = new ComboBox<>();
    private final Label user = Ui.text("profile-user", "", "headline");
    private final Node root;

    public ProfileScreen(AppShell shell, Runnable signOut, Runnable languageChanged) {
        this.shell = shell;
        this.context = shell.context();
        this.messages = context.messages(BUNDLE);
        this.signOut = signOut;
        this.languageChanged = languageChanged;
        this.save = Ui.primary("save-contact", messages.get("save"));
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

    /** The record as the portal last gave it: a save sends back what the form does not edit. */
    private ContactDetails current;

    @Override
    public void show() {
        user.setText(context.credentials() == null ? "" : context.credentials().user());
        saveMessage.setText("");
        Background.run(() -> context.account().contact(), this::fill, failure -> saveMessage.setText(failure.getMessage()));
    }

    private void fill(Loaded<ContactDetails> contact) {
        shell.showAge(contact);
        current = contact.value();
        var fields = ContactMapping.fields(contact.value());
        email.setText(fields.email());
        phone.setText(fields.phone());
    }

    private Node layout() {
        email.setId("email");
        phone.setId("phone");
        save.setOnAction(event -> save());
        VBox contact = Ui.card(Ui.text(null, messages.get("contact"), "section-title"),
                Ui.text(null, messages.get("contact-intro"), "caption"),
                field("email", email), field("phone", phone), save, saveMessage);

        language.setId("language");
        language.getItems().setAll(DEVICE, "es", "en");
        language.setValue(context.settings().language().map(Locale::getLanguage).orElse(DEVICE));
        language.setButtonCell(languageCell());
        language.setCellFactory(list -> languageCell());
        language.valueProperty().addListener((o, before, now) -> {
            context.settings().language(DEVICE.equals(now) ? null : Locale.forLanguageTag(now));
            languageChanged.run();
        });
        Button out = Ui.secondary("sign-out", messages.get("sign-out"));
        out.setOnAction(event -> signOut.run());
        VBox app = Ui.card(Ui.text(null, messages.get("app"), "section-title"), field("language", language),
                Ui.row(messages.get("portal"), Ui.text("portal-address", context.settings().baseUrl().toString(), "value")), out);
        VBox who = Ui.card(Ui.text(null, messages.get("signed-in-as"), "caption"), user);
        return Ui.page(new VBox(16, who, contact, app));
    }

    private VBox field(String key, Control input) {
        Label label = Ui.text(null, messages.get(key), "field-label");
        label.setLabelFor(input);
        input.getStyleClass().add("field");
        input.setMaxWidth(Double.MAX_VALUE);
        return new VBox(4, label, input);
    }

    private ListCell<String> languageCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get("language." + (item.isEmpty() ? "device" : item)));
            }
        };
    }

    private void save() {
        save.setDisable(true);
        saveMessage.setText("");
        if (current == null) {
            save.setDisable(false);
            return;
        }
        var details = ContactMapping.details(new ContactMapping.Fields(email.getText(), phone.getText()), current);
        Background.run(() -> context.account().saveContact(details), saved -> {
            save.setDisable(false);
            fill(Loaded.fresh(saved, context.clock().instant()));
            saveMessage.setText(messages.get("saved"));
        }, failure -> {
            save.setDisable(false);
            saveMessage.setText(failure.isOffline() ? shell.messages().get("needs-network") : failure.getMessage());
        });
    }
}
