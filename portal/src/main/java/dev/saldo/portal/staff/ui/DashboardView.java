package dev.saldo.portal.staff.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.staff.figures.CurrencyFigures;
import dev.saldo.portal.staff.figures.FigureRebuild;
import dev.saldo.portal.staff.figures.PortfolioDashboard;
import dev.saldo.portal.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

/**
 * Where agents and supervisors land: how much is receivable and how late, per currency, as charts
 * with the figures beside them. Everything comes from the running figures, so opening it costs the
 * same for fifty invoices or a million.
 */
@Route("staff")
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME})
public class DashboardView extends Main implements HasDynamicTitle {

    private final PortfolioDashboard dashboard;
    private final FigureRebuild rebuild;
    private final CurrentUser currentUser;
    private final Div detail = new Div();

    public DashboardView(PortfolioDashboard dashboard, FigureRebuild rebuild, CurrentUser currentUser) {
        this.dashboard = dashboard;
        this.rebuild = rebuild;
        this.currentUser = currentUser;
        addClassNames("page", "dashboard");
        render();
    }

    private void render() {
        removeAll();
        detail.removeAll();
        detail.setId("currency-detail");
        var figures = dashboard.figures();
        var heading = new Div(new H1(getTranslation("staff.title")));
        heading.addClassName("dashboard-heading");
        if (isSupervisor()) {
            var button = new Button(getTranslation("staff.rebuild"), VaadinIcon.REFRESH.create(), click -> rebuild());
            button.setId("rebuild-figures");
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            heading.add(button);
        }
        add(heading);
        if (figures.isEmpty()) {
            add(new Paragraph(getTranslation("staff.empty")));
            return;
        }
        var asOf = Formats.date(figures.getFirst().asOf(), getLocale());
        add(new Paragraph(getTranslation("staff.intro", asOf)));
        add(agingCard(figures));
        add(currencyTabs(figures), detail);
        show(figures.getFirst());
    }

    private Component agingCard(List<CurrencyFigures> figures) {
        var description = new StringBuilder(getTranslation("staff.chart.aging.description"));
        for (var f : figures) {
            description.append(' ').append(getTranslation("staff.chart.aging.currency", f.currency().getCurrencyCode(),
                    f.overduePercent()));
        }
        var chart = new Svg(Charts.agingShares(figures, b -> getTranslation(b.messageKey()), description.toString()));
        chart.setId("aging-chart");
        chart.addClassName("chart");
        var card = new Section(new H2(getTranslation("staff.chart.aging")), chart);
        card.addClassNames("card", "chart-card");
        return card;
    }

    /** One toggle button per currency (a currency's amounts never add up with another's). */
    private Component currencyTabs(List<CurrencyFigures> figures) {
        var choices = new Div();
        choices.setId("currency-tabs");
        choices.addClassName("currency-choices");
        choices.getElement().setAttribute("role", "group");
        choices.getElement().setAttribute("aria-label", getTranslation("staff.currency"));
        var buttons = new ArrayList<Button>();
        for (var f : figures) {
            var button = new Button(f.currency().getCurrencyCode());
            button.setId("currency-tab-" + f.currency().getCurrencyCode());
            buttons.add(button);
            button.addClickListener(click -> {
                buttons.forEach(b -> select(b, b == button));
                show(f);
            });
            select(button, buttons.size() == 1);
            choices.add(button);
        }
        return choices;
    }

    private static void select(Button button, boolean selected) {
        button.getElement().setAttribute("aria-pressed", Boolean.toString(selected));
        if (selected) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }

    private void show(CurrencyFigures f) {
        detail.removeAll();
        var locale = getLocale();
        var overdueTile = tile("overdue", getTranslation("staff.overdue"), Formats.money(f.overdue(), locale),
                getTranslation("staff.overdue.share", f.overduePercent()));
        overdueTile.addClassName("tile-late");
        var tiles = new Div(
                tile("receivable", getTranslation("staff.receivable"), Formats.money(f.receivable(), locale),
                        getTranslation("staff.open-invoices", f.openInvoices())),
                overdueTile,
                tile("dso", getTranslation("staff.dso"), days(f.dsoDays()), getTranslation("staff.dso.hint")),
                tile("collection", getTranslation("staff.collection"), percent(f.collectionRate30()),
                        getTranslation("staff.collection.90", percent(f.collectionRate90()))));
        tiles.addClassName("tiles");

        var history = dashboard.history(f);
        var line = new Svg(Charts.overdueOverTime(history, getTranslation("staff.receivable"), getTranslation("staff.overdue"),
                locale, getTranslation("staff.chart.history.description", f.currency().getCurrencyCode(),
                        Formats.money(history.getFirst().overdue(), locale), Formats.money(f.overdue(), locale))));
        line.setId("history-chart");
        line.addClassName("chart");
        var historyCard = new Section(new H2(getTranslation("staff.chart.history")), line);
        historyCard.addClassNames("card", "chart-card");
        var bucketsCard = new Section(new H2(getTranslation("staff.buckets")), new AgingTable(f));
        bucketsCard.addClassNames("card", "chart-card");
        var row = new Div(historyCard, bucketsCard);
        row.addClassName("dashboard-row");
        detail.add(tiles, row);
    }

    private Div tile(String id, String label, String value, String hint) {
        var valueSpan = new Span(value);
        valueSpan.setId("tile-" + id + "-value");
        valueSpan.addClassName("tile-value");
        var labelSpan = new Span(label);
        labelSpan.addClassName("tile-label");
        var hintSpan = new Span(hint);
        hintSpan.addClassName("tile-hint");
        var tile = new Div(labelSpan, valueSpan, hintSpan);
        tile.setId("tile-" + id);
        tile.addClassName("tile");
        return tile;
    }

    private String days(OptionalInt days) {
        return days.isPresent() ? getTranslation("staff.days", days.getAsInt()) : getTranslation("staff.not-available");
    }

    private String percent(OptionalInt percent) {
        return percent.isPresent() ? getTranslation("staff.percent", percent.getAsInt()) : getTranslation("staff.not-available");
    }

    private boolean isSupervisor() {
        return currentUser.get().map(user -> user.roles().contains(Role.SUPERVISOR)).orElse(false);
    }

    private void rebuild() {
        var user = currentUser.get().orElseThrow();
        var result = rebuild.rebuildFor(user);
        render();
        Notification.show(getTranslation("staff.rebuilt", result.invoices()), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("staff.title"));
    }
}
