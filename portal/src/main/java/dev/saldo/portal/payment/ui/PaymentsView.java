package dev.saldo.portal.payment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.payment.PaymentRecord;
import dev.saldo.portal.payment.PaymentService;
import dev.saldo.portal.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

/** "My payments": every attempt, newest first, paged from MongoDB, and any credit on the account. */
@Route("payments")
@RolesAllowed(Role.DEBTOR_NAME)
public class PaymentsView extends Main implements HasDynamicTitle {

    public PaymentsView(PaymentService payments, CurrentUser currentUser) {
        var debtor = currentUser.requireDebtor();
        var locale = getLocale();
        addClassName("page");
        var pay = new Button(getTranslation("payments.pay"), VaadinIcon.CREDIT_CARD.create(),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(PayView.class)));
        pay.setId("payments-pay");
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var report = new Button(getTranslation("payments.report"), VaadinIcon.INSTITUTION.create(),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(ReportTransferView.class)));
        report.setId("payments-report");
        var actions = new Div(pay, report);
        actions.addClassName("list-actions");
        add(new H1(getTranslation("payments.title")), actions);

        payments.credit(debtor).forEach((currency, amount) -> {
            var credit = new Paragraph(getTranslation("payments.credit", Formats.money(amount, locale)));
            credit.setId("credit-" + currency.getCurrencyCode());
            credit.addClassName("credit-note");
            add(credit);
        });

        var grid = new Grid<PaymentRecord>();
        grid.setId("payment-grid");
        grid.addColumn(p -> Formats.date(payments.dayOf(p.createdAt()), locale))
                .setHeader(getTranslation("payments.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(p -> new RouterLink(p.id(), PaymentResultView.class,
                new RouteParameters(PaymentResultView.PARAMETER, p.id())))
                .setHeader(getTranslation("payments.reference")).setAutoWidth(true);
        grid.addColumn(p -> Formats.money(p.amount(), locale)).setHeader(getTranslation("payments.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(p -> p.shares().size() <= 1
                        ? p.shares().stream().map(PaymentRecord.Share::invoiceNumber).findFirst().orElse("")
                        : getTranslation("payments.invoices.more", p.shares().getFirst().invoiceNumber(), p.shares().size() - 1))
                .setHeader(getTranslation("payments.invoices"));
        grid.addComponentColumn(p -> new PaymentStatusBadge(p.status())).setHeader(getTranslation("payments.status"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("payments.empty"));
        grid.setItemsPageable(pageable -> payments.history(debtor, pageable).getContent());
        add(new Div(grid));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("payments.title"));
    }
}
