package dev.saldo.portal.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.privacy.DebtorErasure;
import jakarta.annotation.security.RolesAllowed;

/** A supervisor erases a debtor's personal data on the debtor's request, after confirming. */
@Route("staff/erasure")
@RolesAllowed(Role.SUPERVISOR_NAME)
public class ErasureView extends Main implements HasDynamicTitle {

    private final Paragraph result = new Paragraph();

    public ErasureView(DebtorErasure erasure, CurrentUser currentUser) {
        addClassName("page");
        var externalId = new TextField(getTranslation("erasure.external-id"));
        externalId.setId("erasure-external-id");
        externalId.setRequired(true);
        var reference = new TextField(getTranslation("erasure.reference"));
        reference.setId("erasure-reference");
        reference.setRequired(true);
        result.setId("erasure-result");
        result.getElement().setAttribute("role", "status");

        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("erasure.confirm.title"));
        confirm.setText(getTranslation("erasure.confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("erasure.confirm.cancel"));
        confirm.setConfirmText(getTranslation("erasure.submit"));
        confirm.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + ' ' + ButtonVariant.LUMO_PRIMARY.getVariantName());
        confirm.addConfirmListener(event -> {
            var supervisor = currentUser.get().map(user -> user.getUsername()).orElseThrow();
            var outcome = erasure.erase(externalId.getValue(), reference.getValue().strip(), supervisor);
            result.setText(getTranslation("erasure.result." + outcome.name().toLowerCase().replace('_', '-')));
        });

        var submit = new Button(getTranslation("erasure.submit"), click -> {
            if (externalId.getValue().isBlank() || reference.getValue().isBlank()) {
                result.setText(getTranslation("erasure.required"));
            } else {
                confirm.open();
            }
        });
        submit.setId("erasure-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);

        add(new H1(getTranslation("erasure.title")), new Paragraph(getTranslation("erasure.intro")),
                new FormLayout(externalId, reference), submit, result, confirm);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("erasure.title"));
    }
}
