package dev.saldo.portal.activation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.saldo.portal.activation.ActivationDesk;
import dev.saldo.portal.activation.ActivationDesk.Activated;
import dev.saldo.portal.ui.LanguageSwitcher;

/** Second step: the link from the e-mail opens this page, where the debtor chooses a password. */
@Route(value = "activate/:token", autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ActivationDesk desk;
    private final Div card = new Div();
    private String token = "";

    public SetPasswordView(ActivationDesk desk) {
        this.desk = desk;
        addClassName("login-page");
        card.addClassNames("login-card", "activation-card");
        var top = new Div(new LanguageSwitcher());
        top.addClassName("login-top");
        add(top, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        desk.pending(token).ifPresentOrElse(pending -> showForm(pending.maskedEmail()), this::showInvalid);
    }

    private void showForm(String maskedEmail) {
        card.removeAll();
        var password = new PasswordField(getTranslation("activation.password"));
        password.setId("activation-password");
        password.setHelperText(getTranslation("activation.password.help", ActivationDesk.MIN_PASSWORD));
        password.setWidthFull();
        var confirmation = new PasswordField(getTranslation("activation.confirmation"));
        confirmation.setId("activation-confirmation");
        confirmation.setWidthFull();
        var submit = new Button(getTranslation("activation.set"), click -> submit(password, confirmation));
        submit.setId("activation-set");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setWidthFull();
        card.add(new H1(getTranslation("activation.password.title")),
                new Paragraph(getTranslation("activation.password.intro", maskedEmail)), password, confirmation, submit);
    }

    private void submit(PasswordField password, PasswordField confirmation) {
        switch (desk.activate(token, password.getValue(), confirmation.getValue())) {
            case Activated.Done done -> showDone(done.username());
            case Activated.LinkInvalid invalid -> showInvalid();
            case Activated.Refused refused -> {
                password.setInvalid(refused.fieldErrorKeys().containsKey("password"));
                password.setErrorMessage(getTranslation(refused.fieldErrorKeys().getOrDefault("password", "activation.error.required"),
                        ActivationDesk.MIN_PASSWORD));
                confirmation.setInvalid(refused.fieldErrorKeys().containsKey("confirmation"));
                confirmation.setErrorMessage(getTranslation(
                        refused.fieldErrorKeys().getOrDefault("confirmation", "activation.error.required")));
            }
        }
    }

    private void showDone(String username) {
        card.removeAll();
        var title = new H1(getTranslation("activation.done.title"));
        title.setId("activation-done");
        var signIn = new Anchor("", getTranslation("activation.done.sign-in"));
        signIn.setId("activation-sign-in");
        card.add(title, new Paragraph(getTranslation("activation.done.text", username)), signIn);
    }

    private void showInvalid() {
        card.removeAll();
        var title = new H1(getTranslation("activation.invalid.title"));
        title.setId("activation-invalid");
        card.add(title, new Paragraph(getTranslation("activation.invalid.text")),
                new Anchor("activate", getTranslation("activation.invalid.again")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("activation.password.title"));
    }
}
