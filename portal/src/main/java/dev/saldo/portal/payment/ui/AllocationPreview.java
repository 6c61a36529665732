package dev.saldo.portal.payment.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.saldo.domain.payment.PaymentPlan;
import dev.saldo.domain.payment.PlannedAllocation;
import dev.saldo.portal.ui.Formats;

/** The split of a payment over invoices, before paying: what each owes now, gets, and will still owe. */
class AllocationPreview extends Div {

    private final Grid<PlannedAllocation> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private Locale locale;

    AllocationPreview() {
        setId("pay-preview");
        addClassName("allocation-preview");
        grid.setAllRowsVisible(true);
        grid.addColumn(PlannedAllocation::invoiceNumber).setHeader(getTranslation("pay.preview.invoice")).setAutoWidth(true);
        grid.addColumn(a -> Formats.money(a.openBefore(), locale)).setHeader(getTranslation("pay.preview.owed"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(a -> Formats.money(a.amount(), locale)).setHeader(getTranslation("pay.preview.pays"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(a -> Formats.money(a.openAfter(), locale)).setHeader(getTranslation("pay.preview.after"))
                .setTextAlign(ColumnTextAlign.END);
        summary.setId("pay-summary");
        add(summary, grid);
    }

    void show(PaymentPlan plan, Locale locale) {
        this.locale = locale;
        grid.setItems(plan.allocations());
        summary.setText(plan.isFullPayment()
                ? getTranslation("pay.preview.full", Formats.money(plan.amount(), locale))
                : getTranslation("pay.preview.partial", Formats.money(plan.amount(), locale),
                        Formats.money(plan.owedAfter(), locale)));
        setVisible(true);
    }

    void clear() {
        grid.setItems(List.of());
        setVisible(false);
    }
}
