package dev.saldo.portal.plan.ui;

import java.math.BigDecimal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.Frequency;
import dev.saldo.domain.plan.PlanStatus;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.identity.SaldoUser;
import dev.saldo.portal.plan.DecisionConflictException;
import dev.saldo.portal.plan.PlanNotFoundException;
import dev.saldo.portal.plan.PlanRefusedException;
import dev.saldo.portal.plan.PlanSummary;
import dev.saldo.portal.plan.ProposalReview;
import dev.saldo.portal.plan.ReasonText;
import dev.saldo.portal.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

/**
 * One proposal with the debtor's history beside it: approve, reject with a reason the debtor reads,
 * or counter-offer other terms checked by the same policy. Decisions name the version shown here, so
 * if a colleague decided first this agent is told and nothing is overwritten.
 */
@Route("staff/proposals/:planId")
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME})
public class ProposalReviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "planId";

    private final ProposalReview review;
    private final DebtorDirectory debtors;
    private final ReasonText text;
    private final String agent;
    private String title = "";

    public ProposalReviewView(ProposalReview review, DebtorDirectory debtors, ReasonText text, CurrentUser user) {
        this.review = review;
        this.debtors = debtors;
        this.text = text;
        this.agent = user.get().map(SaldoUser::getUsername).orElseThrow();
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get(PARAMETER).orElse("");
        try {
            show(review.proposal(id));
        } catch (PlanNotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show(PlanSummary plan) {
        removeAll();
        var locale = getLocale();
        var name = debtors.find(plan.debtor()).map(d -> d.name()).orElse(plan.debtor().value());
        title = getTranslation("review.detail.title", name);
        var back = new RouterLink(getTranslation("review.detail.back"), ReviewQueueView.class);
        back.addClassName("back-link");
        var heading = new H1(title);
        heading.setId("review-title");
        add(back, heading);

        var proposal = new Div(new H2(getTranslation("review.terms")),
                new Paragraph(Formats.money(plan.terms().total(), locale)),
                new Paragraph(PlanTexts.terms(this, plan.terms(), locale)),
                new Paragraph(PlanTexts.lastDate(this, plan.terms(), locale)));
        if (!plan.reasons().isEmpty()) {
            proposal.add(new H2(getTranslation("review.reasons")), PlanTexts.reasons(plan.reasons(), text, locale));
        }
        proposal.addClassName("card");
        proposal.setId("review-proposal");
        var h = review.history(plan.debtor());
        var history = new Div(new H2(getTranslation("review.history")), new Paragraph(getTranslation("review.history.line",
                h.plans(), h.brokenPlans(), h.completedPlans(), h.brokenPromises(), h.keptPromises())));
        history.addClassName("card");
        history.setId("review-history");
        var sides = new Div(proposal, history);
        sides.addClassName("side-by-side");
        add(sides);

        if (plan.status() != PlanStatus.PENDING_REVIEW) {
            var decided = new Paragraph(getTranslation("review.decided", getTranslation(plan.status().messageKey())));
            decided.setId("review-decided");
            add(decided);
            return;
        }
        add(decisions(plan));
    }

    private Div decisions(PlanSummary plan) {
        var approve = new Button(getTranslation("review.approve"), click -> decide(plan,
                () -> review.approve(plan.id(), plan.version(), agent), "review.approved"));
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);

        var reason = new TextArea(getTranslation("review.reject.reason"));
        reason.setId("reject-reason");
        reason.setWidthFull();
        var reject = new Button(getTranslation("review.reject"), click -> decide(plan,
                () -> review.reject(plan.id(), plan.version(), agent, reason.getValue()), "review.rejected"));
        reject.setId("reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);

        var terms = plan.terms();
        var down = new BigDecimalField(getTranslation("plan.form.down-payment"));
        down.setId("counter-down");
        down.setValue(terms.downPayment().amount());
        down.setSuffixComponent(new com.vaadin.flow.component.html.Span(terms.total().currency().getCurrencyCode()));
        var count = new IntegerField(getTranslation("plan.form.installments"));
        count.setId("counter-installments");
        count.setValue(terms.installments());
        count.setStepButtonsVisible(true);
        var frequency = new Select<Frequency>();
        frequency.setId("counter-frequency");
        frequency.setLabel(getTranslation("plan.form.frequency"));
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
        frequency.setValue(terms.frequency());
        var first = new DatePicker(getTranslation("plan.form.first-date"));
        first.setId("counter-first-date");
        first.setLocale(getLocale());
        first.setValue(terms.firstDate());
        var note = new TextArea(getTranslation("review.counter.note"));
        note.setId("counter-note");
        note.setWidthFull();
        var counter = new Button(getTranslation("review.counter.send"), click -> decide(plan,
                () -> review.counterOffer(plan.id(), plan.version(), agent,
                        Money.of(down.getValue() == null ? BigDecimal.ZERO : down.getValue(), terms.total().currency()),
                        count.getValue() == null ? 0 : count.getValue(), frequency.getValue(), first.getValue(),
                        note.getValue()), "review.countered"));
        counter.setId("send-counter");
        counter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var counterForm = new FormLayout(down, count, frequency, first);
        counterForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        var counterVerdict = new VerdictPanel("counter-verdict", "review.outcome.", text, alternative -> {
            down.setValue(alternative.downPayment().amount());
            count.setValue(alternative.installments());
            frequency.setValue(alternative.frequency());
            first.setValue(alternative.firstDate());
        });
        Runnable judge = () -> counterVerdict.show(review.evaluateCounterOffer(plan.id(),
                Money.of(down.getValue() == null ? BigDecimal.ZERO : down.getValue(), terms.total().currency()),
                count.getValue(), frequency.getValue(), first.getValue()));
        down.addValueChangeListener(e -> judge.run());
        count.addValueChangeListener(e -> judge.run());
        frequency.addValueChangeListener(e -> judge.run());
        first.addValueChangeListener(e -> judge.run());
        judge.run();

        var feedback = new Div();
        feedback.setId("review-feedback");
        feedback.getElement().setAttribute("role", "status");
        this.feedback = feedback;
        var box = new Div(new Div(approve), new H2(getTranslation("review.reject")), reason, reject,
                new H2(getTranslation("review.counter")), counterForm, counterVerdict, note, counter, feedback);
        box.addClassName("decisions");
        return box;
    }

    private Div feedback;

    private void decide(PlanSummary plan, Runnable decision, String doneKey) {
        try {
            decision.run();
            var done = Notification.show(getTranslation(doneKey), 5000, Notification.Position.TOP_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show(review.proposal(plan.id()));
        } catch (DecisionConflictException conflict) {
            var who = conflict.decidedBy().orElse(getTranslation("review.conflict.someone"));
            show(review.proposal(plan.id()));
            var message = new Paragraph(getTranslation("review.conflict", who));
            message.setId("review-conflict");
            message.addClassNames("verdict", "verdict-not-allowed");
            add(message);
        } catch (PlanRefusedException refused) {
            feedback.removeAll();
            feedback.getClassNames().clear();
            feedback.addClassNames("verdict", "verdict-not-allowed");
            feedback.add(PlanTexts.reasons(refused.reasons(), text, getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", title);
    }
}
