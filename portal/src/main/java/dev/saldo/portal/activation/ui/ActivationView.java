package dev.saldo.portal.activation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.saldo.portal.activation.ActivationDesk;
import dev.saldo.portal.activation.ActivationDesk.Requested;
import dev.saldo.portal.ui.LanguageSwitcher;

/**
 * First step of claiming an account: an invoice number and a verifier. The answer reads the same
 * whether or not they matched; only too many attempts get a different one.
 */
@Route(value = "activate", autoLayout = false)
@AnonymousAllowed
public class ActivationView extends Main implements HasDynamicTitle {

    private final ActivationDesk desk;
    private final TextField invoice = new TextField();
    private final TextField verifier = new TextField();
    private final Paragraph result = new Paragraph();

    public ActivationView(ActivationDesk desk) {
        this.desk = desk;
        addClassName("login-page");
        invoice.setId("activation-invoice");
        invoice.setLabel(getTranslation("activation.invoice"));
        invoice.setHelperText(getTranslation("activation.invoice.help"));
        invoice.setMaxLength(40);
        invoice.setWidthFull();
        verifier.setId("activation-verifier");
        verifier.setLabel(getTranslation("activation.verifier"));
        verifier.setHelperText(getTranslation("activation.verifier.help"));
        verifier.setMaxLength(40);
        verifier.setWidthFull();
        var submit = new Button(getTranslation("activation.submit"), click -> submit());
        submit.setId("activation-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setWidthFull();
        result.setId("activation-result");
        result.getElement().setAttribute("role", "status");
        result.addClassName("activation-result");

        var top = new Div(new LanguageSwitcher());
        top.addClassName("login-top");
        var card = new Div(new H1(getTranslation("activation.title")), new Paragraph(getTranslation("activation.intro")),
                invoice, verifier, submit, result, new Anchor("login", getTranslation("activation.back-to-login")));
        card.addClassNames("login-card", "activation-card");
        add(top, card);
    }

    private void submit() {
        invoice.setInvalid(invoice.getValue().isBlank());
        invoice.setErrorMessage(getTranslation("activation.error.required"));
        verifier.setInvalid(verifier.getValue().isBlank());
        verifier.setErrorMessage(getTranslation("activation.error.required"));
        if (invoice.isInvalid() || verifier.isInvalid()) {
            result.setText("");
            return;
        }
        var request = VaadinRequest.getCurrent();
        var answer = desk.requestLink(invoice.getValue(), verifier.getValue(), request.getRemoteAddr(), base(request));
        switch (answer) {
            case Requested.Accepted accepted -> {
                result.setText(getTranslation("activation.sent", desk.linkValidityMinutes()));
                invoice.clear();
                verifier.clear();
            }
            case Requested.Throttled throttled ->
                    result.setText(getTranslation("activation.throttled", Math.max(1, (throttled.retryAfterSeconds() + 59) / 60)));
        }
    }

    private static String base(VaadinRequest request) {
        var http = ((VaadinServletRequest) request).getHttpServletRequest();
        return http.getScheme() + "://" + http.getServerName() + ":" + http.getServerPort() + http.getContextPath();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("activation.title"));
    }
}
