package dev.saldo.portal.debtor.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.saldo.portal.debtor.ContactBook;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * Where the link confirming a new e-mail address leads (after signing in): the address becomes primary if
 * the link is the signed-in debtor's, unused and unexpired; anything else reads the same "not valid".
 */
@Route("contact/confirm/:token")
@RolesAllowed(Role.DEBTOR_NAME)
public class ConfirmEmailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ContactBook contacts;
    private final CurrentUser user;

    public ConfirmEmailView(ContactBook contacts, CurrentUser user) {
        this.contacts = contacts;
        this.user = user;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var token = event.getRouteParameters().get("token").orElse("");
        var confirmed = contacts.confirmEmail(user.requireDebtor(), token);
        var outcome = new Paragraph(getTranslation(confirmed ? "contact.confirm.done" : "contact.confirm.invalid"));
        outcome.setId(confirmed ? "email-confirmed" : "email-not-confirmed");
        add(new H1(getTranslation("contact.confirm.title")), outcome,
                new RouterLink(getTranslation("contact.confirm.back"), ContactView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("contact.confirm.title"));
    }
}
