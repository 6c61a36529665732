package dev.saldo.portal.staff.ui;

import java.util.Currency;
import java.util.Map;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.saldo.domain.invoice.AgingBucket;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.importer.ErpExporter;
import dev.saldo.portal.staff.figures.AgingRange;
import dev.saldo.portal.staff.figures.BucketInvoices;
import dev.saldo.portal.staff.figures.BucketInvoices.BucketInvoice;
import dev.saldo.portal.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

/** The open invoices in one aging bucket of one currency, oldest due first, paged from the database. */
@Route("staff/aging/:currency/:bucket")
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME})
public class AgingBucketView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final BucketInvoices invoices;
    private final CurrentUser currentUser;
    private String title = "";

    public AgingBucketView(BucketInvoices invoices, CurrentUser currentUser) {
        this.invoices = invoices;
        this.currentUser = currentUser;
        addClassName("page");
    }

    static Map<String, String> parameters(Currency currency, String bucketSlug) {
        return Map.of("currency", currency.getCurrencyCode(), "bucket", bucketSlug);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var currency = Currency.getInstance(event.getRouteParameters().get("currency").orElseThrow());
            var bucket = AgingRange.fromSlug(event.getRouteParameters().get("bucket").orElseThrow());
            show(currency, bucket);
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            throw new NotFoundException();
        }
    }

    private void show(Currency currency, AgingBucket bucket) {
        removeAll();
        var locale = getLocale();
        var asOf = invoices.asOf();
        title = getTranslation("staff.drill.title", getTranslation(bucket.messageKey()), currency.getCurrencyCode());
        var back = new RouterLink(getTranslation("staff.drill.back"), DashboardView.class);
        back.addClassName("back-link");
        var heading = new H1(title);
        heading.setId("drill-title");
        var grid = new Grid<BucketInvoice>();
        grid.setId("bucket-grid");
        grid.addColumn(BucketInvoice::debtorName).setHeader(getTranslation("staff.drill.debtor")).setWidth("16rem").setFlexGrow(1);
        grid.addColumn(BucketInvoice::debtorExternalId).setHeader(getTranslation("staff.drill.external-id")).setAutoWidth(true);
        grid.addColumn(BucketInvoice::invoiceNumber).setHeader(getTranslation("staff.drill.invoice")).setAutoWidth(true);
        grid.addColumn(i -> Formats.date(i.dueDate(), locale)).setHeader(getTranslation("staff.drill.due")).setAutoWidth(true);
        grid.addColumn(BucketInvoice::daysOverdue).setHeader(getTranslation("staff.drill.days"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(i -> Formats.money(i.open(), locale)).setHeader(getTranslation("staff.drill.open"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("staff.drill.empty"));
        grid.setItemsPageable(pageable -> invoices.page(currency, bucket, asOf, pageable).getContent());
        var actor = currentUser.get().map(u -> u.getUsername()).orElseThrow();
        var export = new Anchor((DownloadHandler) event -> {
            event.setFileName("saldo-" + currency.getCurrencyCode() + "-" + AgingRange.slug(bucket) + ".csv");
            event.setContentType(ErpExporter.CONTENT_TYPE);
            invoices.export(currency, bucket, asOf, event.getOutputStream(), actor);
        }, getTranslation("staff.drill.export"));
        export.setId("bucket-export");
        add(back, heading, new Paragraph(getTranslation("staff.drill.intro", Formats.date(asOf, locale))), export, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", title);
    }
}
