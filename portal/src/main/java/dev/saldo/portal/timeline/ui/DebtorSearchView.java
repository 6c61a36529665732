package dev.saldo.portal.timeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.debtor.Debtor;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.invoice.InvoiceBook;
import jakarta.annotation.security.RolesAllowed;

/** Staff find a debtor by an invoice number or the ERP's debtor id, and open their timeline. */
@Route("staff/debtors")
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME})
public class DebtorSearchView extends Main implements HasDynamicTitle {

    public DebtorSearchView(InvoiceBook invoices, DebtorDirectory debtors) {
        addClassName("page");
        var query = new TextField(getTranslation("debtor360.search"));
        query.setId("debtor-search");
        query.setHelperText(getTranslation("debtor360.search.help"));
        query.setWidth("24rem");
        var result = new Paragraph();
        result.setId("debtor-search-result");
        result.getElement().setAttribute("role", "status");
        var go = new Button(getTranslation("debtor360.search.go"), click -> {
            var text = query.getValue().strip();
            var found = invoices.debtorOfInvoiceNumber(text)
                    .or(() -> debtors.findByExternalId(text).map(Debtor::debtorId));
            found.map(DebtorId::value).ifPresentOrElse(
                    id -> getUI().ifPresent(ui -> ui.navigate(DebtorTimelineView.class, new RouteParameters("debtorId", id))),
                    () -> result.setText(getTranslation("debtor360.search.none")));
        });
        go.setId("debtor-search-go");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        var bar = new HorizontalLayout(query, go);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("debtor360.search.title")), bar, result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("debtor360.search.title"));
    }
}
