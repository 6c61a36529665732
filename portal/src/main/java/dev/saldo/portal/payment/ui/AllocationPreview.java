package dev.saldo.portal.payment.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.payment.PaymentPlan;
import dev.saldo.domain.payment.PlannedAllocation;
import dev.saldo.portal.ui.Formats;

/** The split of a payment over invoices, before paying: what each owes now, gets, and will still owe. */
class AllocationPreview extends Div {

    private final Grid<PlannedAllocation> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Paragraph discountNote = new Paragraph();
    private final Grid.Column<PlannedAllocation> discountColumn;
    private Map<InvoiceId, Money> discounts = Map.of();
    private Locale locale;

    AllocationPreview() {
        setId("pay-preview");
        addClassName("allocation-preview");
        grid.setAllRowsVisible(true);
        grid.addColumn(PlannedAllocation::invoiceNumber).setHeader(getTranslation("pay.preview.invoice")).setAutoWidth(true);
        grid.addColumn(a -> Formats.money(a.openBefore().plus(discount(a)), locale))
                .setHeader(getTranslation("pay.preview.owed")).setTextAlign(ColumnTextAlign.END);
        discountColumn = grid.addColumn(a -> discount(a).isPositive() ? Formats.money(discount(a).negate(), locale) : "")
                .setHeader(getTranslation("pay.preview.discount")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(a -> Formats.money(a.amount(), locale)).setHeader(getTranslation("pay.preview.pays"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(a -> Formats.money(a.openAfter(), locale)).setHeader(getTranslation("pay.preview.after"))
                .setTextAlign(ColumnTextAlign.END);
        summary.setId("pay-summary");
        discountNote.setId("pay-discount");
        discountNote.addClassName("discount-note");
        add(summary, discountNote, grid);
    }

    void show(PaymentPlan plan, Map<InvoiceId, Money> discounts, Locale locale) {
        this.locale = locale;
        this.discounts = discounts;
        var total = Money.sum(plan.amount().currency(), discounts.values());
        discountColumn.setVisible(total.isPositive());
        discountNote.setVisible(total.isPositive());
        discountNote.setText(getTranslation("pay.preview.discount-note", Formats.money(total, locale)));
        grid.setItems(plan.allocations());
        summary.setText(plan.isFullPayment()
                ? getTranslation("pay.preview.full", Formats.money(plan.amount(), locale))
                : getTranslation("pay.preview.partial", Formats.money(plan.amount(), locale),
                        Formats.money(plan.owedAfter(), locale)));
        setVisible(true);
    }

    private Money discount(PlannedAllocation allocation) {
        return discounts.getOrDefault(allocation.invoiceId(), Money.zero(allocation.amount().currency()));
    }

    void clear() {
        grid.setItems(List.of());
        setVisible(false);
    }
}
