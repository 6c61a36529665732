package dev.saldo.portal.invoice.ui;

import java.util.Comparator;
import java.util.stream.Stream;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.invoice.LineType;
import dev.saldo.domain.money.Money;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.ui.Formats;
import dev.saldo.portal.ui.LineTexts;
import jakarta.annotation.security.RolesAllowed;

/**
 * One invoice: its figures, its lines (charges, fees, discounts) and its history of payments. An id
 * that is not the signed-in debtor's gets the same "not found" as one that does not exist.
 */
@Route("invoices/:invoiceId")
@RolesAllowed(Role.DEBTOR_NAME)
public class InvoiceDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "invoiceId";

    private final InvoiceBook book;
    private final CurrentUser currentUser;
    private String title = "";

    public InvoiceDetailView(InvoiceBook book, CurrentUser currentUser) {
        this.book = book;
        this.currentUser = currentUser;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var invoice = event.getRouteParameters().get(PARAMETER)
                .filter(id -> !id.isBlank())
                .flatMap(id -> book.find(currentUser.requireDebtor(), InvoiceId.of(id)))
                .orElseThrow(NotFoundException::new);
        show(invoice);
    }

    private void show(Invoice invoice) {
        removeAll();
        var locale = getLocale();
        var today = book.today();
        title = getTranslation("invoice.title", invoice.number());
        var back = new RouterLink(getTranslation("invoice.back"), InvoicesView.class);
        back.addClassName("back-link");
        var heading = new H1(title);
        heading.setId("invoice-title");
        add(back, heading,
                new StatusBadge(invoice.status(today), invoice.daysOverdue(today), invoice.isPartiallyPaid()));

        var facts = new Div();
        facts.addClassName("facts");
        facts.add(fact("issued", getTranslation("invoice.issued"), Formats.date(invoice.issueDate(), locale)));
        facts.add(fact("due", getTranslation("invoice.due"), Formats.date(invoice.dueDate(), locale)));
        facts.add(fact("original", getTranslation("invoice.original"), Formats.money(invoice.original(), locale)));
        if (invoice.fees().isPositive()) {
            facts.add(fact("fees", getTranslation("invoice.fees"), Formats.money(invoice.fees(), locale)));
        }
        if (invoice.discounts().isPositive()) {
            facts.add(fact("discounts", getTranslation("invoice.discounts"), Formats.money(invoice.discounts(), locale)));
        }
        facts.add(fact("paid", getTranslation("invoice.paid"), Formats.money(invoice.allocated(), locale)));
        facts.add(fact("open", getTranslation("invoice.open"), Formats.money(invoice.openBalance(), locale)));
        add(facts);
        if (!invoice.isPaid()) {
            add(PayLinks.button("invoice-pay", getTranslation("invoice.pay"), java.util.List.of(invoice.id().value())));
        }

        add(new H2(getTranslation("invoice.history")));
        var history = new Grid<HistoryEntry>();
        history.setId("invoice-history");
        history.setAllRowsVisible(true);
        // Fee lines say which fee and for which days: let them wrap rather than cut them off.
        history.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.addColumn(entry -> Formats.date(entry.date(), locale)).setHeader(getTranslation("invoice.history.date"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(entry -> entry.describe(this::getTranslation, locale)).setHeader(getTranslation("invoice.history.what"));
        history.addColumn(entry -> Formats.money(entry.signedAmount(), locale))
                .setHeader(getTranslation("invoice.history.amount")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        history.setItems(historyOf(invoice).toList());
        add(history);
    }

    private static Stream<HistoryEntry> historyOf(Invoice invoice) {
        var lines = invoice.lines().stream()
                .map(line -> new HistoryEntry(line.date(), line.type(), line.description(),
                        line.type() == LineType.DISCOUNT ? line.amount().negate() : line.amount()));
        var payments = invoice.allocations().stream()
                .map(a -> new HistoryEntry(a.date(), null, a.paymentReference(), a.amount().negate()));
        return Stream.concat(lines, payments).sorted(Comparator.comparing(HistoryEntry::date));
    }

    private Div fact(String id, String label, String value) {
        var caption = new Span(label);
        caption.addClassName("figure-label");
        var text = new Span(value);
        text.addClassName("figure-value");
        text.setId("invoice-" + id);
        var fact = new Div(caption, text);
        fact.addClassName("figure");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", title);
    }

    /** A line or a payment, as the debtor reads it in the invoice's history. A null type is a payment. */
    record HistoryEntry(java.time.LocalDate date, LineType type, String detail, Money signedAmount) {

        String describe(java.util.function.BiFunction<String, Object[], String> translate, java.util.Locale locale) {
            var kind = type == null ? "invoice.history.payment" : "invoice.history." + type.name().toLowerCase();
            var text = type == null ? detail : LineTexts.describe(detail, translate, locale);
            return translate.apply(kind, new Object[] {text});
        }
    }
}
