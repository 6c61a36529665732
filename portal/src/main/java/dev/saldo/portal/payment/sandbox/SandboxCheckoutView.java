package dev.saldo.portal.payment.sandbox;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.saldo.domain.payment.PaymentStatus;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.payment.PaymentRecord;
import dev.saldo.portal.payment.PaymentService;
import dev.saldo.portal.ui.Formats;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The sandbox's stand-in for Stripe's hosted checkout page. It says loudly that no real money moves,
 * and lets the debtor choose how the payment ends. Only exists while the sandbox gateway is active.
 */
@Route(value = SandboxGateway.ROUTE + "/:paymentId", autoLayout = false)
@RolesAllowed(Role.DEBTOR_NAME)
public class SandboxCheckoutView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ObjectProvider<SandboxGateway> sandbox;
    private final PaymentService payments;
    private final CurrentUser currentUser;

    public SandboxCheckoutView(ObjectProvider<SandboxGateway> sandbox, PaymentService payments, CurrentUser currentUser) {
        this.sandbox = sandbox;
        this.payments = payments;
        this.currentUser = currentUser;
        addClassName("sandbox-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var gateway = sandbox.getIfAvailable();
        var payment = event.getRouteParameters().get("paymentId")
                .flatMap(id -> payments.find(currentUser.requireDebtor(), id))
                .orElseThrow(NotFoundException::new);
        if (gateway == null) {
            throw new NotFoundException();
        }
        if (payment.status() != PaymentStatus.PENDING) {
            event.forwardTo("payments/" + payment.id());
            return;
        }
        show(gateway, payment);
    }

    private void show(SandboxGateway gateway, PaymentRecord payment) {
        removeAll();
        var locale = getLocale();
        var banner = new Div(VaadinIcon.WARNING.create(), new Span(getTranslation("sandbox.banner")));
        banner.setId("sandbox-banner");
        banner.addClassName("sandbox-banner");
        banner.getElement().setAttribute("role", "note");

        var card = new Div();
        card.addClassName("sandbox-card");
        var title = new H1(getTranslation("sandbox.title"));
        var total = new Paragraph(getTranslation("sandbox.total", Formats.money(payment.amount(), locale)));
        total.setId("sandbox-total");
        total.addClassName("sandbox-total");
        var lines = new Grid<PaymentRecord.Share>();
        lines.setAllRowsVisible(true);
        lines.addColumn(PaymentRecord.Share::invoiceNumber)
                .setHeader(getTranslation("pay.preview.invoice"));
        lines.addColumn(s -> Formats.money(payment.money(s.amountMinor()), locale))
                .setHeader(getTranslation("pay.preview.pays")).setTextAlign(ColumnTextAlign.END);
        lines.setItems(payment.planned());

        var succeed = button("sandbox-succeed", "sandbox.succeed", ButtonVariant.LUMO_PRIMARY,
                () -> finish(gateway, payment, SandboxOutcome.SUCCESS));
        var decline = button("sandbox-decline", "sandbox.decline", ButtonVariant.LUMO_ERROR,
                () -> finish(gateway, payment, SandboxOutcome.DECLINE));
        var delayed = button("sandbox-delayed", "sandbox.delayed", ButtonVariant.LUMO_CONTRAST,
                () -> finish(gateway, payment, SandboxOutcome.DELAYED_SUCCESS));
        var cancel = button("sandbox-cancel", "sandbox.cancel", ButtonVariant.LUMO_TERTIARY,
                () -> getUI().ifPresent(ui -> ui.navigate("payments/" + payment.id() + "?cancelled")));
        var actions = new Div(succeed, decline, delayed, cancel);
        actions.addClassName("sandbox-actions");
        card.add(title, new Paragraph(getTranslation("sandbox.intro")), total, lines, actions);
        add(banner, card);
    }

    private Button button(String id, String key, ButtonVariant variant, Runnable action) {
        var button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }

    private void finish(SandboxGateway gateway, PaymentRecord payment, SandboxOutcome outcome) {
        gateway.complete(payment.id(), outcome);
        getUI().ifPresent(ui -> ui.navigate("payments/" + payment.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("sandbox.title"));
    }
}
