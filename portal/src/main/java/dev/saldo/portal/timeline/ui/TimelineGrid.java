package dev.saldo.portal.timeline.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import dev.saldo.portal.timeline.DebtorTimeline;
import dev.saldo.portal.timeline.TimelineEntry;
import dev.saldo.portal.timeline.TimelineText;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/** A timeline, newest first, paged lazily from the database. */
class TimelineGrid extends Grid<TimelineEntry> {

    TimelineGrid(TimelineText text, ZoneId zone, Locale locale, boolean showActor,
            Function<Pageable, Slice<TimelineEntry>> source) {
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(zone);
        setId("timeline-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        addColumn(e -> when.format(e.at())).setHeader(getTranslation("timeline.column.when")).setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> getTranslation(e.kind().messageKey())).setHeader(getTranslation("timeline.column.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> showActor ? text.formatForStaff(e, locale) : text.format(e, locale)).setHeader(getTranslation("timeline.column.what")).setFlexGrow(1);
        if (showActor) {
            addColumn(e -> DebtorTimeline.DEBTOR.equals(e.actor()) || DebtorTimeline.SYSTEM.equals(e.actor())
                    ? getTranslation("timeline.actor." + e.actor()) : e.actor()).setHeader(getTranslation("timeline.column.who")).setAutoWidth(true).setFlexGrow(0);
        }
        setItemsPageable(pageable -> source.apply(pageable).getContent());
        setAllRowsVisible(false);
        setHeight("28rem");
    }
}
