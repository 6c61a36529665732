package dev.saldo.mobile.plan;

import dev.saldo.domain.plan.PlanStatus;
import dev.saldo.domain.plan.api.InstallmentView;
import dev.saldo.domain.plan.api.PlanView;
import dev.saldo.domain.plan.api.ProposalBasis;
import dev.saldo.domain.plan.api.TermsView;
import dev.saldo.mobile.account.Account;
import dev.saldo.mobile.account.Loaded;
import dev.saldo.mobile.api.ApiException;
import dev.saldo.mobile.i18n.Formats;
import dev.saldo.mobile.i18n.Messages;
import dev.saldo.mobile.shell.AppShell;
import dev.saldo.mobile.shell.Background;
import dev.saldo.mobile.shell.Screen;
import dev.saldo.mobile.shell.Ui;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;

/** The plan under way with its schedule, or the form to propose one when there is none. */
public final class PlanScreen implements Screen {

    static final String BUNDLE = "dev.saldo.mobile.plan.plan";

    private final AppShell shell;
    private final Messages messages;
    private final VBox content = new VBox(16);
    private final Node root = Ui.page(content);

    public PlanScreen(AppShell shell) {
        this.shell = shell;
        this.messages = shell.context().messages(BUNDLE);
        content.setId("plan");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public String title() {
        return messages.get("title");
    }

    @Override
    public void show() {
        Account account = shell.context().account();
        shell.load(content, "plan-error", () -> {
            Loaded<List<PlanView>> plans = account.plans();
            Optional<ProposalBasis> basis = Optional.empty();
            if (plans.isFresh() && Account.current(plans.value()).isEmpty()) {
                basis = Optional.of(account.proposalBasis());
            }
            return new Data(plans, basis);
        }, this::render);
    }

    private record Data(Loaded<List<PlanView>> plans, Optional<ProposalBasis> basis) {
    }

    private void render(Data data) {
        shell.showAge(data.plans());
        Optional<PlanView> current = Account.current(data.plans().value());
        if (current.isPresent()) {
            content.getChildren().setAll(planNodes(current.get()));
        } else if (data.basis().isEmpty()) {
            content.getChildren().setAll(Ui.card(Ui.text("plan-offline", shell.messages().get("needs-network"), "body")));
        } else if (!data.basis().get().hasDebt()) {
            content.getChildren().setAll(Ui.card(Ui.text("no-plan-needed", messages.get("no-debt"), "body")));
        } else {
            var form = new ProposalForm(shell.context().account(), data.basis().get(), messages, shell.context().formats(), this::submitted);
            content.getChildren().setAll(form.nodes());
        }
    }

    private void submitted(PlanView plan) {
        show();
    }

    private List<Node> planNodes(PlanView plan) {
        Formats formats = shell.context().formats();
        if (plan.status() == PlanStatus.COUNTER_OFFERED && plan.counterOffer() != null) {
            return List.of(counterOffer(plan, formats));
        }
        TermsView terms = plan.terms();
        VBox summary = Ui.card(Ui.text(null, messages.get("your-plan"), "caption"), statusChip(plan),
                Ui.row(messages.get("total"), Ui.text("plan-total", formats.money(terms.total(), terms.currency()), "value")),
                Ui.row(messages.get("progress"), Ui.text("plan-progress",
                        messages.format("progress-value", plan.installmentsPaid(), plan.installmentCount()), "value")));
        plan.reasons().forEach(reason -> summary.getChildren().add(Ui.text(null, reason.message(), "caption")));
        if (plan.decisionNote() != null) {
            summary.getChildren().add(Ui.text("decision-note", plan.decisionNote(), "body"));
        }
        return List.of(summary, schedule(plan, formats));
    }

    private Node statusChip(PlanView plan) {
        return Ui.text("plan-status", messages.get("status." + plan.status().name().toLowerCase(Locale.ROOT).replace('_', '-')),
                "chip", plan.status() == PlanStatus.ACTIVE ? "good" : "calm");
    }

    /** The staff's terms beside what the debtor asked for; their own schedule no longer applies, so it is not shown. */
    private Node counterOffer(PlanView plan, Formats formats) {
        TermsView asked = plan.terms();
        TermsView offer = plan.counterOffer();
        Button accept = Ui.primary("accept-counter-offer", messages.get("accept"));
        accept.setOnAction(event -> Background.run(() -> shell.context().account().acceptCounterOffer(plan.id()),
                accepted -> show(), this::failed));
        Button decline = Ui.secondary("decline-counter-offer", messages.get("decline"));
        decline.setOnAction(event -> Background.run(() -> shell.context().account().declineCounterOffer(plan.id()),
                declined -> show(), this::failed));
        VBox card = Ui.card(Ui.text(null, messages.get("your-plan"), "caption"), statusChip(plan),
                Ui.text("you-asked", messages.format("you-asked", formats.money(asked.total(), asked.currency()),
                        asked.installments()), "caption"));
        if (plan.decisionNote() != null) {
            card.getChildren().add(Ui.text("decision-note", plan.decisionNote(), "body"));
        }
        card.getChildren().addAll(Ui.text("counter-offer", messages.format("counter-offer",
                formats.money(offer.downPayment(), offer.currency()), offer.installments(), formats.date(offer.firstDate())),
                "body"), accept, decline, Ui.text(null, messages.get("decline-hint"), "caption"));
        return card;
    }

    private void failed(ApiException failure) {
        content.getChildren().add(0, Ui.text("plan-error", failure.isOffline()
                ? shell.messages().get("needs-network") : failure.getMessage(), "error-text"));
    }

    private Node schedule(PlanView plan, Formats formats) {
        VBox card = Ui.card(Ui.text(null, messages.get("schedule"), "section-title"));
        card.setId("schedule");
        LocalDate today = LocalDate.now(shell.context().clock());
        boolean nextShown = false;
        for (InstallmentView installment : plan.installments()) {
            String state;
            String style;
            if (installment.settled()) {
                state = "paid";
                style = "good";
            } else if (installment.dueDate().isBefore(today)) {
                state = "late";
                style = "danger";
            } else if (!nextShown) {
                state = "next";
                style = "accent";
                nextShown = true;
            } else {
                state = "upcoming";
                style = "calm";
            }
            String label = installment.number() == 0 ? messages.get("down-payment")
                    : messages.format("installment", installment.number());
            VBox value = new VBox(2, Ui.text(null, formats.money(installment.amount(), plan.terms().currency()), "value"),
                    Ui.text("installment-state-" + installment.number(), messages.get("state." + state), "chip", style));
            value.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
            var row = Ui.row(label + " · " + formats.date(installment.dueDate()), value);
            row.setId("installment-" + installment.number());
            card.getChildren().add(row);
        }
        return card;
    }
}
