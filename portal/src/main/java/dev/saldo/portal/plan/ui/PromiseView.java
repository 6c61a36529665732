package dev.saldo.portal.plan.ui;

import java.math.BigDecimal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.plan.PlanRefusedException;
import dev.saldo.portal.plan.PromiseDesk;
import dev.saldo.portal.plan.ReasonText;
import dev.saldo.portal.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

/** "Promise to pay": an amount by a date within the policy's window, and the debtor's past promises. */
@Route("promise")
@RolesAllowed(Role.DEBTOR_NAME)
public class PromiseView extends Main implements HasDynamicTitle {

    private final PromiseDesk desk;
    private final ReasonText text;
    private final DebtorId debtor;
    private final Div feedback = new Div();
    private final UnorderedList list = new UnorderedList();

    public PromiseView(PromiseDesk desk, ReasonText text, CurrentUser user) {
        this.desk = desk;
        this.text = text;
        this.debtor = user.requireDebtor();
        addClassName("page");
        var locale = getLocale();
        var owed = desk.owed(debtor);
        var owedLine = new Paragraph(getTranslation("promise.owed", Formats.money(owed, locale)));
        owedLine.setId("promise-owed");
        add(new H1(getTranslation("promise.title")), new Paragraph(getTranslation("promise.intro")), owedLine);

        var amount = new BigDecimalField(getTranslation("promise.amount"));
        amount.setId("promise-amount");
        amount.setSuffixComponent(new com.vaadin.flow.component.html.Span(owed.currency().getCurrencyCode()));
        var date = new DatePicker(getTranslation("promise.date"));
        date.setId("promise-date");
        date.setLocale(locale);
        date.setMin(desk.today());
        date.setMax(desk.latestDate(debtor));
        date.setValue(desk.today().plusDays(7));
        var submit = new Button(getTranslation("promise.submit"), click -> promise(amount.getValue(), date.getValue()));
        submit.setId("submit-promise");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(amount, date);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        feedback.setId("promise-feedback");
        feedback.getElement().setAttribute("role", "status");
        list.setId("promise-list");
        add(form, submit, feedback, new H2(getTranslation("promise.list")), list);
        refreshList();
    }

    private void promise(BigDecimal amount, java.time.LocalDate date) {
        feedback.removeAll();
        feedback.getClassNames().clear();
        try {
            var made = desk.promise(debtor, amount, date);
            feedback.addClassNames("verdict", "verdict-auto-approved");
            feedback.add(new Paragraph(getTranslation("promise.made", Formats.money(made.amount(), getLocale()),
                    Formats.date(made.date(), getLocale()))));
            refreshList();
        } catch (PlanRefusedException refused) {
            feedback.addClassNames("verdict", "verdict-not-allowed");
            feedback.add(PlanTexts.reasons(refused.reasons(), text, getLocale()));
        }
    }

    private void refreshList() {
        list.removeAll();
        var locale = getLocale();
        var promises = desk.promises(debtor);
        if (promises.isEmpty()) {
            list.add(new ListItem(getTranslation("promise.list.empty")));
        }
        promises.forEach(p -> list.add(new ListItem(getTranslation("promise.list.line", Formats.money(p.amount(), locale),
                Formats.date(p.date(), locale), getTranslation(p.status().messageKey())))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("promise.title"));
    }
}
