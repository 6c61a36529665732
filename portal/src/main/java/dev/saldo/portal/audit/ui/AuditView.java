package dev.saldo.portal.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.saldo.portal.audit.AuditAction;
import dev.saldo.portal.audit.AuditEntry;
import dev.saldo.portal.audit.AuditLog;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

/** Supervisors read what the staff did, newest first, filtered by action and person; nothing here edits. */
@Route("staff/audit")
@RolesAllowed(Role.SUPERVISOR_NAME)
public class AuditView extends Main implements HasDynamicTitle {

    public AuditView(AuditLog log, java.time.Clock clock) {
        addClassName("page");
        var action = new Select<AuditAction>();
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.filter.any"));
        action.setItemLabelGenerator(a -> a == null ? getTranslation("audit.filter.any") : getTranslation(a.messageKey()));
        var actor = new TextField(getTranslation("audit.filter.actor"));
        actor.setId("audit-actor");
        actor.setValueChangeMode(ValueChangeMode.LAZY);

        var grid = new Grid<AuditEntry>();
        grid.setId("audit-grid");
        var zone = clock.getZone();
        grid.addColumn(e -> getTranslation("audit.at.value", Formats.date(e.at().atZone(zone).toLocalDate(), getLocale()),
                e.at().atZone(zone).toLocalTime().withNano(0).toString())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.action().messageKey())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(AuditEntry::subject).setHeader(getTranslation("audit.subject")).setAutoWidth(true);
        grid.addColumn(AuditEntry::before).setHeader(getTranslation("audit.before")).setFlexGrow(1);
        grid.addColumn(AuditEntry::after).setHeader(getTranslation("audit.after")).setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        Runnable refresh = () -> grid.setItemsPageable(pageable ->
                log.page(new AuditLog.Filter(action.getValue(), actor.getValue()), pageable).getContent());
        refresh.run();
        action.addValueChangeListener(e -> refresh.run());
        actor.addValueChangeListener(e -> refresh.run());
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")),
                new HorizontalLayout(action, actor), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("audit.title"));
    }
}
