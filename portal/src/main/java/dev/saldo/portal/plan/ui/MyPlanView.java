package dev.saldo.portal.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.plan.PlanProgress;
import dev.saldo.domain.plan.PlanStatus;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.payment.SavedCards;
import dev.saldo.portal.plan.Evaluation;
import dev.saldo.portal.plan.AutomaticInstallmentCharges;
import dev.saldo.portal.plan.PlanDesk;
import dev.saldo.portal.plan.PlanRefusedException;
import dev.saldo.portal.plan.PlanSummary;
import dev.saldo.portal.plan.PlanHistory;
import dev.saldo.portal.plan.PolicyBook;
import dev.saldo.portal.plan.ReasonText;
import dev.saldo.portal.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

/**
 * "My payment plan": the plan under way with its status, progress and any counter-offer; or, with
 * none, the proposal form with the schedule and the policy's verdict updating as values change.
 */
@Route("plan")
@RolesAllowed(Role.DEBTOR_NAME)
public class MyPlanView extends Main implements HasDynamicTitle {

    private final PlanDesk desk;
    private final PolicyBook policies;
    private final PlanHistory timeline;
    private final ReasonText text;
    private final SavedCards cards;
    private final AutomaticInstallmentCharges charges;
    private final DebtorId debtor;
    private final Div content = new Div();

    public MyPlanView(PlanDesk desk, PolicyBook policies, PlanHistory timeline, ReasonText text, SavedCards cards,
            AutomaticInstallmentCharges charges, CurrentUser user) {
        this.cards = cards;
        this.charges = charges;
        this.desk = desk;
        this.policies = policies;
        this.timeline = timeline;
        this.text = text;
        this.debtor = user.requireDebtor();
        addClassName("page");
        add(new H1(getTranslation("plan.title")), content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        desk.currentPlan(debtor).ifPresentOrElse(this::showPlan, this::showProposalForm);
        content.add(history());
    }

    private void showPlan(PlanSummary plan) {
        var locale = getLocale();
        var card = new Div();
        card.addClassName("card");
        card.addClassName("plan-card");
        var status = new Span(getTranslation(plan.status().messageKey()));
        status.setId("plan-status");
        status.addClassNames("status",
                "plan-status-" + plan.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        card.add(new H2(getTranslation("plan.current.title")), status);
        switch (plan.status()) {
            case PENDING_REVIEW -> card.add(new Paragraph(getTranslation("plan.current.pending")),
                    new Paragraph(PlanTexts.terms(this, plan.terms(), locale)));
            case COUNTER_OFFERED -> card.add(counterOffer(plan));
            case ACTIVE -> card.add(active(plan));
            default -> { }
        }
        content.add(card);
        if (plan.status() != PlanStatus.COUNTER_OFFERED) {
            var schedule = new ScheduleGrid("plan-schedule", plan.status() == PlanStatus.ACTIVE);
            schedule.show(plan.progress());
            content.add(new H2(getTranslation("plan.schedule.title")), schedule);
        }
    }

    private Div active(PlanSummary plan) {
        var locale = getLocale();
        var box = new Div(new Paragraph(getTranslation("plan.current.active")));
        PlanProgress progress = plan.progress();
        var count = new Paragraph(getTranslation("plan.current.progress", progress.installmentsPaid(),
                progress.installmentCount()));
        count.setId("plan-progress");
        count.addClassName("figure-value");
        box.add(count);
        progress.next().ifPresent(next -> {
            var line = new Paragraph(getTranslation("plan.current.next", Formats.money(next.open(), locale),
                    Formats.date(next.installment().dueDate(), locale)));
            line.setId("plan-next");
            var pay = new Button(getTranslation("plan.current.pay", Formats.money(next.open(), locale)), click -> pay(plan));
            pay.setId("pay-next");
            pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(line, pay, new CardOnFile(cards, charges, debtor, plan, next.open()));
        });
        return box;
    }

    private void pay(PlanSummary plan) {
        desk.payNext(debtor, plan.id()).ifPresentOrElse(
                uri -> getUI().ifPresent(ui -> ui.getPage().setLocation(uri)),
                () -> notify(getTranslation("plan.current.pay-unavailable"), NotificationVariant.LUMO_CONTRAST));
    }

    private Div counterOffer(PlanSummary plan) {
        var locale = getLocale();
        var offer = plan.counterOffer().orElseThrow();
        var box = new Div(new Paragraph(getTranslation("plan.counter.intro")));
        var yours = side("counter-yours", getTranslation("plan.counter.yours"), PlanTexts.terms(this, plan.terms(), locale),
                PlanTexts.lastDate(this, plan.terms(), locale));
        var ours = side("counter-ours", getTranslation("plan.counter.ours"), PlanTexts.terms(this, offer, locale),
                PlanTexts.lastDate(this, offer, locale));
        ours.addClassName("side-ours");
        var sides = new Div(yours, ours);
        sides.addClassName("side-by-side");
        box.add(sides);
        plan.decisionNote().ifPresent(note -> box.add(new Paragraph(getTranslation("plan.counter.note", note))));
        var accept = new Button(getTranslation("plan.counter.accept"), click -> {
            desk.acceptCounterOffer(debtor, plan.id());
            notify(getTranslation("plan.counter.accepted"), NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        accept.setId("accept-counter");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var decline = new Button(getTranslation("plan.counter.decline"), click -> {
            desk.declineCounterOffer(debtor, plan.id());
            notify(getTranslation("plan.counter.declined"), NotificationVariant.LUMO_CONTRAST);
            refresh();
        });
        decline.setId("decline-counter");
        var buttons = new Div(accept, decline);
        buttons.addClassName("button-row");
        box.add(buttons);
        return box;
    }

    private static Div side(String id, String title, String terms, String last) {
        var side = new Div(new H2(title), new Paragraph(terms), new Paragraph(last));
        side.setId(id);
        side.addClassName("side");
        return side;
    }

    private void showProposalForm() {
        var locale = getLocale();
        desk.plans(debtor).stream().findFirst().filter(p -> p.status() == PlanStatus.REJECTED)
                .flatMap(PlanSummary::decisionNote)
                .ifPresent(note -> {
                    var rejected = new Paragraph(getTranslation("plan.rejected", note));
                    rejected.setId("plan-rejected");
                    rejected.addClassName("notice");
                    content.add(rejected);
                });
        content.add(new Paragraph(getTranslation("plan.intro")));
        var candidates = desk.candidateInvoices(debtor);
        if (candidates.isEmpty()) {
            content.add(new Paragraph(getTranslation("plan.form.no-invoices")));
            return;
        }
        var today = desk.today();
        var policy = policies.policyFor(candidates.getFirst().openBalance().currency());
        var form = new ProposalForm(candidates, desk.defaultInvoices(debtor), today, policy.latestFirstDate(today));
        var verdict = new VerdictPanel("verdict", "plan.outcome.", text, form::apply);
        var summary = new Paragraph();
        summary.setId("schedule-summary");
        var preview = new ScheduleGrid("schedule-preview", false);
        form.addDraftChangedListener(e -> show(desk.evaluate(debtor, e.draft()), verdict, summary, preview, form));
        form.addSubmitListener(e -> submit(e.draft(), verdict));
        var layout = new Div(form, new Div(verdict, summary, preview));
        layout.addClassName("proposal-layout");
        content.add(layout);
        show(desk.evaluate(debtor, form.draft()), verdict, summary, preview, form);
        var promise = new RouterLink(getTranslation("plan.promise.link"), PromiseView.class);
        promise.setId("promise-link");
        content.add(new Paragraph(promise));
    }

    private void show(Evaluation evaluation, VerdictPanel verdict, Paragraph summary, ScheduleGrid preview,
            ProposalForm form) {
        verdict.show(evaluation.verdict());
        form.setSubmitEnabled(evaluation.verdict().isAllowed());
        evaluation.schedule().ifPresentOrElse(schedule -> {
            summary.setText(PlanTexts.summary(this, schedule, getLocale()));
            preview.show(PlanProgress.unpaid(schedule));
            preview.setVisible(true);
        }, () -> {
            summary.setText("");
            preview.setVisible(false);
        });
    }

    private void submit(dev.saldo.portal.plan.PlanDraft draft, VerdictPanel verdict) {
        try {
            var plan = desk.submit(debtor, draft);
            notify(getTranslation(plan.status() == PlanStatus.ACTIVE ? "plan.current.approved" : "plan.current.submitted"),
                    NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (PlanRefusedException refused) {
            verdict.show(new dev.saldo.domain.plan.Verdict(dev.saldo.domain.plan.Outcome.NOT_ALLOWED, refused.reasons(),
                    refused.alternative()));
        }
    }

    private Div history() {
        var locale = getLocale();
        var box = new Div(new H2(getTranslation("plan.history.title")));
        box.setId("plan-history");
        var lines = timeline.recent(debtor, 20);
        if (lines.isEmpty()) {
            box.add(new Paragraph(getTranslation("plan.history.empty")));
        }
        var list = new com.vaadin.flow.component.html.UnorderedList();
        list.addClassName("timeline");
        lines.forEach(line -> list.add(new com.vaadin.flow.component.html.ListItem(getTranslation("plan.history.line",
                Formats.date(desk.dayOf(line.at()), locale), text.format(line.what(), locale)))));
        box.add(list);
        return box;
    }

    private static void notify(String message, NotificationVariant variant) {
        var notification = Notification.show(message, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("plan.title"));
    }
}
