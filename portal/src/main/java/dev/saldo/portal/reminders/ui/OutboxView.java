package dev.saldo.portal.reminders.ui;

import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.messaging.Messaging;
import dev.saldo.portal.reminders.OutboxEntry;
import dev.saldo.portal.reminders.ReminderOutbox;
import dev.saldo.portal.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

/**
 * Every reminder the engine prepared, newest first, with its text as the debtor receives it (click a row).
 * With no channel configured the page says so at the top and every waiting reminder reads "not sent".
 */
@Route("staff/reminders/outbox")
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME})
public class OutboxView extends Main implements HasDynamicTitle {

    public OutboxView(ReminderOutbox outbox, Messaging messaging, Clock clock) {
        addClassNames("page", "reminder-outbox");
        var nothingSends = messaging.configured().isEmpty();
        var banner = new Paragraph(nothingSends ? getTranslation("reminders.outbox.no-channel")
                : getTranslation("reminders.outbox.channels", messaging.configured().stream()
                        .map(c -> getTranslation("contact.channel." + c.name())).sorted().collect(Collectors.joining("/"))));
        banner.setId(nothingSends ? "outbox-not-sent-banner" : "outbox-channels");
        banner.addClassName(nothingSends ? "outbox-not-sent" : "note");

        var status = new Select<OutboxEntry.Status>();
        status.setId("outbox-status");
        status.setLabel(getTranslation("reminders.outbox.status"));
        status.setItems(OutboxEntry.Status.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("reminders.outbox.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("reminders.outbox.any")
                : getTranslation(s == OutboxEntry.Status.PENDING && nothingSends ? "reminders.status.not-sent" : s.messageKey()));
        var count = new Paragraph();
        count.addClassName("note");

        var zone = clock.getZone();
        var grid = new Grid<OutboxEntry>();
        grid.setId("outbox-grid");
        grid.addColumn(e -> getTranslation("audit.at.value", Formats.date(e.createdAt().atZone(zone).toLocalDate(), getLocale()),
                e.createdAt().atZone(zone).toLocalTime().withNano(0).withSecond(0).toString()))
                .setHeader(getTranslation("reminders.outbox.created")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxEntry::debtorName).setHeader(getTranslation("reminders.outbox.debtor")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.tone() == null ? getTranslation(e.kind().messageKey())
                : getTranslation("reminders.outbox.kind-tone", getTranslation(e.kind().messageKey()), getTranslation(e.tone().messageKey())))
                .setHeader(getTranslation("reminders.outbox.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxEntry::subject).setHeader(getTranslation("reminders.outbox.subject")).setFlexGrow(1)
                .setResizable(true);
        grid.addColumn(new ComponentRenderer<>(e -> {
            var label = new com.vaadin.flow.component.html.Span(label(e, nothingSends));
            label.addClassNames("outbox-status", "outbox-status-" + (e.status() == OutboxEntry.Status.PENDING && nothingSends
                    ? "not-sent" : e.status().name().toLowerCase(java.util.Locale.ROOT)));
            return label;
        })).setHeader(getTranslation("reminders.outbox.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(e -> {
            var facts = new Paragraph(getTranslation("reminders.outbox.facts", e.attempts(),
                    e.lastError() == null ? getTranslation("reminders.outbox.no-error") : e.lastError()));
            facts.addClassName("note");
            var body = new Pre(e.subject() + "\n\n" + e.body());
            body.addClassName("outbox-body");
            var details = new com.vaadin.flow.component.html.Div(facts, body);
            details.addClassName("outbox-details");
            return details;
        }));
        grid.setEmptyStateText(getTranslation("reminders.outbox.empty"));
        Runnable refresh = () -> {
            var chosen = Optional.ofNullable(status.getValue());
            count.setText(getTranslation("reminders.outbox.count", outbox.count(chosen)));
            grid.setItemsPageable(pageable -> outbox.page(chosen, pageable));
        };
        status.addValueChangeListener(e -> refresh.run());
        refresh.run();
        add(new H1(getTranslation("reminders.outbox.title")), new Paragraph(getTranslation("reminders.outbox.intro")),
                banner, status, count, grid);
    }

    private String label(OutboxEntry entry, boolean nothingSends) {
        if (entry.status() == OutboxEntry.Status.SENT && entry.sentChannel() != null) {
            return getTranslation(entry.deliveredAt() != null ? "reminders.status.delivered-by" : "reminders.status.sent-by", getTranslation("contact.channel." + entry.sentChannel().name()));
        }
        return getTranslation(entry.status() == OutboxEntry.Status.PENDING && nothingSends ? "reminders.status.not-sent"
                : entry.status().messageKey());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("reminders.outbox.title"));
    }
}
