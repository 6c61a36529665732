package dev.saldo.portal.staff.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.plan.ReasonText;
import dev.saldo.portal.staff.escalation.Escalations;
import dev.saldo.portal.staff.risk.RiskModel;
import dev.saldo.portal.staff.risk.RiskModels;
import dev.saldo.portal.staff.risk.RiskTraining;
import dev.saldo.portal.staff.risk.WorkList;
import dev.saldo.portal.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

/**
 * Who to call today: delinquent debtors in priority order, each with their segment, their risk of going
 * more than 30 days late in the next 90 days, and in words why. Supervisors also see how good the risk
 * model is on debtors it never saw, and can retrain it.
 */
@Route("staff/work-list")
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME})
public class WorkListView extends Main implements HasDynamicTitle {

    /** A day's list is for a person to work through, not a report: the most urgent hundred. */
    static final int SHOWN = 100;

    private final WorkList workList;
    private final RiskModels models;
    private final ReasonText reasons;
    private final CurrentUser currentUser;
    private final Escalations escalations;
    private final dev.saldo.portal.audit.AuditLog audit;

    public WorkListView(WorkList workList, RiskModels models, ReasonText reasons, CurrentUser currentUser,
            Escalations escalations, dev.saldo.portal.audit.AuditLog audit) {
        this.escalations = escalations;
        this.audit = audit;
        this.workList = workList;
        this.models = models;
        this.reasons = reasons;
        this.currentUser = currentUser;
        addClassNames("page", "work-list");
        render();
    }

    private void render() {
        removeAll();
        var locale = getLocale();
        add(new H1(getTranslation("worklist.title")), new Paragraph(getTranslation("worklist.intro")));
        if (isSupervisor()) {
            add(modelQuality(locale));
        }
        var escalated = java.util.Set.copyOf(escalations.activeDebtorIds());
        var items = workList.today().stream().filter(i -> !escalated.contains(i.debtorId().value())).toList();
        var grid = new Grid<WorkList.Item>();
        grid.setId("work-list-grid");
        grid.addColumn(item -> items.indexOf(item) + 1).setHeader(getTranslation("worklist.rank")).setWidth("3.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::debtor).setHeader(getTranslation("worklist.debtor")).setWidth("12rem").setFlexGrow(0);
        grid.addComponentColumn(this::segmentAndRisk).setHeader(getTranslation("worklist.segment")).setWidth("9rem")
                .setFlexGrow(0);
        grid.addComponentColumn(item -> overdue(item, locale)).setHeader(getTranslation("worklist.overdue"))
                .setTextAlign(ColumnTextAlign.END).setWidth("10rem").setFlexGrow(0);
        grid.addComponentColumn(item -> why(item, locale)).setHeader(getTranslation("worklist.why")).setFlexGrow(1)
                .setWidth("18rem");
        grid.setItems(items.subList(0, Math.min(SHOWN, items.size())));
        grid.setEmptyStateText(getTranslation("worklist.empty"));
        grid.setAllRowsVisible(true);
        grid.addClassName("work-list-grid");
        add(grid);
    }

    private Component modelQuality(Locale locale) {
        var box = new Div();
        box.setId("model-quality");
        box.addClassName("model-quality");
        var trained = models.current();
        if (trained.isEmpty()) {
            box.add(new Paragraph(getTranslation("worklist.model.none")));
        } else {
            RiskTraining.Quality q = trained.get().quality();
            box.add(new Paragraph(getTranslation("worklist.model.quality", auc(q.auc(), locale), auc(q.baselineAuc(), locale),
                    q.testExamples(), q.testEvents(), Formats.date(q.testFrom(), locale), q.trainExamples(),
                    Formats.date(q.trainedOn(), locale))));
        }
        var retrain = new Button(getTranslation("worklist.model.retrain"), VaadinIcon.REFRESH.create(), click -> {
            models.retrain();
            audit.record(currentUser.get().map(u -> u.getUsername()).orElseThrow(),
                    dev.saldo.portal.audit.AuditAction.RISK_RETRAIN, "risk-model", "", "");
            render();
        });
        retrain.setId("retrain-model");
        retrain.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        box.add(retrain);
        return box;
    }

    private String auc(double value, Locale locale) {
        return Double.isNaN(value) ? getTranslation("staff.not-available") : String.format(locale, "%.2f", value);
    }

    private Component debtor(WorkList.Item item) {
        var link = new com.vaadin.flow.router.RouterLink(item.name(), DebtorCaseView.class,
                new com.vaadin.flow.router.RouteParameters("debtorId", item.debtorId().value()));
        var box = new Div(link);
        box.addClassName("work-debtor");
        if (item.externalId() != null) {
            var id = new Span(item.externalId());
            id.addClassName("work-external-id");
            box.add(id);
        }
        return box;
    }

    private Component overdue(WorkList.Item item, Locale locale) {
        var days = new Span(getTranslation("worklist.days-overdue", item.daysOverdue()));
        days.addClassName("work-external-id");
        var box = new Div(new Span(Formats.money(item.overdue(), locale)), days);
        box.addClassName("work-debtor");
        return box;
    }

    private Component segmentAndRisk(WorkList.Item item) {
        var risk = new Span(item.riskPercent().map(r -> getTranslation("worklist.risk-value", r))
                .orElse(getTranslation("worklist.no-model")));
        risk.addClassName("work-external-id");
        var box = new Div(segment(item), risk);
        box.addClassName("work-debtor");
        return box;
    }

    private Component segment(WorkList.Item item) {
        var badge = new Span(getTranslation(item.segment().messageKey()));
        badge.getElement().getThemeList().addAll(java.util.List.of("badge", "pill", switch (item.segment()) {
            case TEMPORARY -> "contrast";
            case CHRONIC -> "warning";
            case INTENTIONAL -> "error";
        }));
        badge.addClassName("segment-" + item.segment().name().toLowerCase());
        return badge;
    }

    private Component why(WorkList.Item item, Locale locale) {
        var box = new Div();
        box.addClassName("work-why");
        if (item.brokePromise()) {
            var first = new Span(getTranslation("worklist.broken-first", item.brokenLastYear()));
            first.addClassName("work-broken");
            box.add(first);
        }
        item.segmentReasons().forEach(r -> box.add(new Span(reasons.format(r, locale))));
        for (RiskModel.Factor factor : item.riskFactors()) {
            var span = new Span(getTranslation(factor.feature().messageKey(), Math.round(factor.value())));
            span.addClassName("work-factor");
            box.add(span);
        }
        return box;
    }

    private boolean isSupervisor() {
        return currentUser.get().map(u -> u.roles().contains(Role.SUPERVISOR)).orElse(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("worklist.title"));
    }
}
