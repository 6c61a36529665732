package dev.saldo.portal.plan.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.payment.SavedCards;
import jakarta.annotation.security.RolesAllowed;

/**
 * Where the gateway sends the debtor back after saving a card ({@code ?setup=<id>}). The setup is only
 * kept if it is finished and belongs to the signed-in debtor; anything else says so and keeps nothing.
 */
@Route(SavedCards.RETURN_PATH)
@RolesAllowed(Role.DEBTOR_NAME)
public class CardReturnView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SavedCards cards;
    private final CurrentUser user;

    public CardReturnView(SavedCards cards, CurrentUser user) {
        this.cards = cards;
        this.user = user;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var setup = event.getLocation().getQueryParameters().getSingleParameter("setup").orElse(null);
        var saved = cards.finishSaving(user.requireDebtor(), setup);
        var message = new Paragraph(getTranslation(saved ? "plan.card.return.saved" : "plan.card.return.not-saved"));
        message.setId("card-return");
        add(new H1(getTranslation("plan.card.title")), message, new RouterLink(getTranslation("plan.card.return.back"),
                MyPlanView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("plan.card.title"));
    }
}
