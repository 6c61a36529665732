package dev.saldo.portal.payment.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.SaldoUser;
import dev.saldo.portal.payment.PaymentLinkOpening;
import dev.saldo.portal.payment.PaymentLinks;
import dev.saldo.portal.ui.HomeView;
import jakarta.annotation.security.PermitAll;

/**
 * Where a reminder's payment link leads. Signing in comes first (the route needs a signed-in person, and
 * sign-in returns here); then the debtor the link was made for goes on to the pay screen. Anyone else —
 * another debtor, staff, an expired or altered link — gets one calm page that reads the same every time.
 */
@Route(PaymentLinks.PATH + "/:token")
@PermitAll
public class PaymentLinkView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PaymentLinkOpening opening;
    private final CurrentUser user;

    public PaymentLinkView(PaymentLinkOpening opening, CurrentUser user) {
        this.opening = opening;
        this.user = user;
        addClassNames("page", "message-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getRouteParameters().get("token").orElse("");
        var debtor = user.get().flatMap(SaldoUser::debtorId);
        if (debtor.isPresent() && opening.open(token, debtor.get()).isPresent()) {
            // Onward without the query sign-in may have added: the pay screen reads its parameters.
            event.forwardTo(RouteConfiguration.forApplicationScope().getUrl(PayView.class), QueryParameters.empty());
            return;
        }
        removeAll();
        var title = new H1(getTranslation("payment-link.invalid.title"));
        var text = new Paragraph(getTranslation("payment-link.invalid.text"));
        text.setId("payment-link-invalid");
        var onward = debtor.isPresent()
                ? new RouterLink(getTranslation("payment-link.invalid.pay"), PayView.class)
                : new RouterLink(getTranslation("payment-link.invalid.home"), HomeView.class);
        onward.setId("payment-link-onward");
        add(title, text, onward);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("payment-link.invalid.title"));
    }
}
