package dev.saldo.portal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.SaldoUser;
import jakarta.annotation.security.PermitAll;

/** The address people type: sends debtors to their balance and staff to the portfolio. */
@Route(value = "", autoLayout = false)
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var staff = currentUser.get().map(SaldoUser::isStaff).orElse(false);
        event.forwardTo(staff ? "staff" : "balance");
    }
}
