package dev.saldo.portal.plan.ui;

import java.util.Currency;
import java.util.Optional;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.plan.PlanDesk;
import dev.saldo.portal.plan.PlanSummary;
import dev.saldo.portal.plan.PolicyBook;
import dev.saldo.portal.plan.ProposalReview;
import dev.saldo.portal.plan.ReasonText;
import dev.saldo.portal.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

/** Staff's work queue: proposals waiting for a person, oldest first, paged from MongoDB, by currency. */
@Route("staff/proposals")
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME})
public class ReviewQueueView extends Main implements HasDynamicTitle {

    private final ProposalReview review;
    private final Grid<PlanSummary> grid = new Grid<>();
    private final Select<Optional<Currency>> currency = new Select<>();

    private final PlanDesk desk;

    public ReviewQueueView(ProposalReview review, PlanDesk desk, DebtorDirectory debtors, ReasonText text) {
        this.review = review;
        this.desk = desk;
        addClassName("page");
        add(new H1(getTranslation("review.title")), new Paragraph(getTranslation("review.intro")));
        var locale = getLocale();

        currency.setId("review-currency");
        currency.setLabel(getTranslation("review.filter.currency"));
        var options = new java.util.ArrayList<Optional<Currency>>();
        options.add(Optional.empty());
        PolicyBook.CURRENCIES.forEach(c -> options.add(Optional.of(c)));
        currency.setItems(options);
        currency.setItemLabelGenerator(o -> o.map(Currency::getCurrencyCode).orElse(getTranslation("review.filter.all")));
        currency.setValue(Optional.empty());
        currency.addValueChangeListener(e -> refresh());
        add(currency);

        grid.setId("review-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(plan -> {
            var name = debtors.find(plan.debtor()).map(d -> d.name()).orElse(plan.debtor().value());
            var link = new RouterLink(name, ProposalReviewView.class, new RouteParameters(ProposalReviewView.PARAMETER,
                    plan.id()));
            link.addClassName("proposal-link");
            return link;
        }).setHeader(getTranslation("review.debtor")).setAutoWidth(true);
        grid.addColumn(plan -> Formats.money(plan.terms().total(), locale)).setHeader(getTranslation("review.total"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(plan -> PlanTexts.terms(this, plan.terms(), locale)).setHeader(getTranslation("review.terms"))
                .setFlexGrow(2);
        grid.addComponentColumn(plan -> PlanTexts.reasons(plan.reasons(), text, locale))
                .setHeader(getTranslation("review.reasons")).setFlexGrow(2);
        grid.addColumn(plan -> {
            var h = review.history(plan.debtor());
            return getTranslation("review.history.line", h.plans(), h.brokenPlans(), h.completedPlans(), h.brokenPromises(),
                    h.keptPromises());
        }).setHeader(getTranslation("review.history")).setFlexGrow(1);
        grid.addColumn(plan -> Formats.date(dayOf(plan), locale)).setHeader(getTranslation("review.proposed"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("review.empty"));
        add(grid);
        refresh();
    }

    private java.time.LocalDate dayOf(PlanSummary plan) {
        return desk.dayOf(plan.proposedAt());
    }

    private void refresh() {
        var selected = currency.getValue();
        grid.setItemsPageable(pageable -> review.queue(selected, pageable).getContent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("review.title"));
    }
}
