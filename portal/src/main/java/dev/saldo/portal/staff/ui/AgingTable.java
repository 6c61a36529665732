package dev.saldo.portal.staff.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.saldo.portal.staff.figures.AgingRange;
import dev.saldo.portal.staff.figures.CurrencyFigures;
import dev.saldo.portal.ui.Formats;

/** A currency's aging buckets as a table: the numbers behind the charts, each bucket a way into its invoices. */
class AgingTable extends NativeTable {

    AgingTable(CurrencyFigures figures) {
        setId("aging-table");
        addClassName("aging-table");
        var locale = getLocale();
        var header = new NativeTableHeader();
        header.addRow().add(new NativeTableHeaderCell(getTranslation("staff.bucket")),
                numeric(new NativeTableHeaderCell(getTranslation("staff.amount"))),
                numeric(new NativeTableHeaderCell(getTranslation("staff.invoices"))),
                numeric(new NativeTableHeaderCell(getTranslation("staff.share"))));
        var body = new NativeTableBody();
        for (var bucket : figures.buckets()) {
            var slug = AgingRange.slug(bucket.bucket());
            var swatch = new Span();
            swatch.addClassNames("swatch", "swatch-" + bucket.bucket().ordinal());
            var link = new RouterLink(getTranslation(bucket.bucket().messageKey()), AgingBucketView.class,
                    new RouteParameters(AgingBucketView.parameters(figures.currency(), slug)));
            link.setId("bucket-" + slug);
            var share = figures.receivable().isZero() ? 0
                    : Math.round(bucket.amount().minorUnits() * 100.0 / figures.receivable().minorUnits());
            var row = new NativeTableRow();
            row.add(new NativeTableCell(swatch, link),
                    numeric(new NativeTableCell(Formats.money(bucket.amount(), locale))),
                    numeric(new NativeTableCell(Long.toString(bucket.invoices()))),
                    numeric(new NativeTableCell(getTranslation("staff.percent", share))));
            row.setId("bucket-row-" + slug);
            body.add(row);
        }
        add(header, body);
    }

    private static <T extends com.vaadin.flow.component.HasStyle> T numeric(T cell) {
        cell.addClassName("numeric");
        return cell;
    }
}
