package dev.saldo.portal.invoice.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.invoice.InvoiceFilter;
import dev.saldo.portal.invoice.InvoiceRow;
import dev.saldo.portal.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

/**
 * "My invoices": the debtor's invoices, fetched a page at a time from MongoDB as the grid scrolls,
 * filtered by state and sortable by due date.
 */
@Route("invoices")
@RolesAllowed(Role.DEBTOR_NAME)
public class InvoicesView extends Main implements HasDynamicTitle {

    private final InvoiceBook book;
    private final DebtorId debtor;
    private final Grid<InvoiceRow> grid = new Grid<>();
    private final Select<InvoiceFilter> filter = new Select<>();

    public InvoicesView(InvoiceBook book, CurrentUser currentUser) {
        this.book = book;
        this.debtor = currentUser.requireDebtor();
        addClassName("page");
        add(new H1(getTranslation("invoices.title")));

        filter.setId("invoice-filter");
        filter.setLabel(getTranslation("invoices.filter"));
        filter.setItems(InvoiceFilter.values());
        filter.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        filter.setValue(InvoiceFilter.PENDING);
        filter.addValueChangeListener(change -> refresh());

        configureGrid();
        var paySelected = PayLinks.button("invoices-pay-selected", getTranslation("invoices.pay-selected"),
                java.util.List.of());
        paySelected.setEnabled(false);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(selection -> {
            var ids = selection.getAllSelectedItems().stream().filter(row -> row.openBalance().isPositive())
                    .map(InvoiceRow::id).toList();
            paySelected.setEnabled(!ids.isEmpty());
            PayLinks.retarget(paySelected, ids);
        });
        var actions = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(filter, paySelected);
        actions.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        actions.addClassName("list-actions");
        add(actions, grid);
        refresh();
    }

    private void configureGrid() {
        var locale = getLocale();
        grid.setId("invoice-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(false);
        grid.addComponentColumn(row -> {
            var link = new RouterLink(row.number(), InvoiceDetailView.class,
                    new RouteParameters(InvoiceDetailView.PARAMETER, row.id()));
            link.addClassName("invoice-link");
            return link;
        }).setHeader(getTranslation("invoices.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> Formats.date(row.dueDate(), locale))
                .setHeader(getTranslation("invoices.due")).setSortable(true).setSortProperty("dueDate")
                .setAutoWidth(true);
        grid.addColumn(row -> Formats.money(row.total(), locale))
                .setHeader(getTranslation("invoices.total")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(row -> Formats.money(row.openBalance(), locale))
                .setHeader(getTranslation("invoices.open")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(row -> new StatusBadge(row.status(), row.daysOverdue(), row.partiallyPaid(), row.inPlan()))
                .setHeader(getTranslation("invoices.status")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("invoices.empty"));
    }

    private void refresh() {
        var selected = filter.getValue();
        grid.setItemsPageable(pageable -> book.page(debtor, selected, pageable).getContent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("invoices.title"));
    }
}
