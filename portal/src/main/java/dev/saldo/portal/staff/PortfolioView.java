package dev.saldo.portal.staff;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.invoice.PortfolioFigures;
import dev.saldo.portal.invoice.PortfolioFigures.CurrencyFigures;
import dev.saldo.portal.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

/** Where agents and supervisors land: what is receivable and how much of it is late, per currency. */
@Route("staff")
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME})
public class PortfolioView extends Main implements HasDynamicTitle {

    public PortfolioView(PortfolioFigures figures) {
        addClassName("page");
        add(new H1(getTranslation("staff.title")), new Paragraph(getTranslation("staff.intro")));
        var locale = getLocale();
        var grid = new Grid<CurrencyFigures>();
        grid.setId("portfolio-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(f -> f.currency().getCurrencyCode()).setHeader(getTranslation("staff.currency")).setAutoWidth(true);
        grid.addColumn(f -> Formats.money(f.open(), locale)).setHeader(getTranslation("staff.open"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(f -> Formats.money(f.overdue(), locale)).setHeader(getTranslation("staff.overdue"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(f -> getTranslation("staff.percent", f.overduePercent())).setHeader(getTranslation("staff.overdue.share"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(CurrencyFigures::openInvoices).setHeader(getTranslation("staff.invoices"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(CurrencyFigures::debtors).setHeader(getTranslation("staff.debtors")).setTextAlign(ColumnTextAlign.END);
        grid.setEmptyStateText(getTranslation("staff.empty"));
        grid.setItems(figures.byCurrency());
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("staff.title"));
    }
}
