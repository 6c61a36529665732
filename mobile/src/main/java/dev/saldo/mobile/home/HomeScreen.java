package dev.saldo.mobile.home;

import dev.saldo.domain.api.CurrencyTotals;
import dev.saldo.domain.api.Summary;
import dev.saldo.domain.plan.api.PlanView;
import dev.saldo.mobile.account.Account;
import dev.saldo.mobile.account.Loaded;
import dev.saldo.mobile.i18n.Formats;
import dev.saldo.mobile.i18n.Messages;
import dev.saldo.mobile.shell.AppShell;
import dev.saldo.mobile.shell.Destination;
import dev.saldo.mobile.shell.Screen;
import dev.saldo.mobile.shell.Ui;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** What the debtor owes at a glance: total and overdue, the next payment with a countdown, plan progress, pay. */
public final class HomeScreen implements Screen {

    static final String BUNDLE = "dev.saldo.mobile.home.home";

    private final AppShell shell;
    private final Messages messages;
    private final Supplier<Screen> pay;
    private final VBox content = new VBox(16);
    private final Node root = Ui.page(content);

    public HomeScreen(AppShell shell, Supplier<Screen> pay) {
        this.shell = shell;
        this.messages = shell.context().messages(BUNDLE);
        this.pay = pay;
        content.setId("home");
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
        shell.load(content, "home-error", () -> new Data(account.summary(), account.plans()), this::render);
    }

    private record Data(Loaded<Summary> summary, Loaded<List<PlanView>> plans) {
    }

    private void render(Data data) {
        shell.showAge(data.summary());
        Formats formats = shell.context().formats();
        Summary summary = data.summary().value();
        content.getChildren().clear();
        if (summary.balances().isEmpty()) {
            content.getChildren().add(Ui.card(Ui.text("all-paid", messages.get("all-paid"), "headline")));
        }
        for (CurrencyTotals totals : summary.balances()) {
            content.getChildren().add(balanceCard(totals, formats));
        }
        Optional<PlanView> plan = Account.current(data.plans().value());
        NextPayment.of(summary, plan).ifPresent(next -> content.getChildren().add(nextCard(next, summary.asOf(), formats)));
        plan.ifPresent(p -> content.getChildren().add(planCard(p)));
        if (!summary.balances().isEmpty()) {
            Button payButton = Ui.primary("pay", messages.get("pay"));
            payButton.setOnAction(event -> shell.push(pay.get()));
            content.getChildren().add(payButton);
        }
    }

    private Node balanceCard(CurrencyTotals totals, Formats formats) {
        Label owed = Ui.text("total-owed", formats.money(totals.totalOwed()), "money-large");
        Label overdue = Ui.text("overdue", formats.money(totals.overdue()), "money", totals.overdueInvoices() > 0 ? "danger" : "calm");
        return Ui.card(Ui.text(null, messages.get("total-owed"), "caption"), owed,
                Ui.text(null, messages.format("open-invoices", totals.openInvoices()), "body"),
                Ui.row(messages.format("overdue", totals.overdueInvoices()), overdue));
    }

    private Node nextCard(NextPayment next, LocalDate today, Formats formats) {
        long days = next.daysLeft(today);
        String countdown = days > 1 ? messages.format("due-in", days) : days == 1 ? messages.get("due-tomorrow")
                : days == 0 ? messages.get("due-today") : messages.format("late-by", -days);
        VBox card = Ui.card(Ui.text(null, messages.get("next-payment"), "caption"),
                Ui.text("next-payment", formats.date(next.dueDate()), "headline"),
                Ui.text("countdown", countdown, "chip", days < 0 ? "danger" : "calm"));
        if (next.amount() != null) {
            card.getChildren().add(Ui.text("next-amount", formats.money(next.amount(), next.currency()), "money"));
        }
        return card;
    }

    private Node planCard(PlanView plan) {
        double done = plan.installmentCount() == 0 ? 0 : (double) plan.installmentsPaid() / plan.installmentCount();
        ProgressBar progress = new ProgressBar(done);
        progress.setId("plan-progress-bar");
        progress.setMaxWidth(Double.MAX_VALUE);
        VBox card = Ui.card(Ui.text(null, messages.get("plan"), "caption"),
                Ui.text("plan-progress", messages.format("plan-progress", plan.installmentsPaid(), plan.installmentCount()), "body"),
                progress);
        card.setOnMouseClicked(event -> shell.navigate(Destination.PLAN));
        return card;
    }
}
