package dev.saldo.mobile.plan;

import dev.saldo.domain.plan.Frequency;
import dev.saldo.domain.plan.Installment;
import dev.saldo.domain.plan.Outcome;
import dev.saldo.domain.plan.api.PlanView;
import dev.saldo.domain.plan.api.ProposalBasis;
import dev.saldo.mobile.account.Account;
import dev.saldo.mobile.i18n.Formats;
import dev.saldo.mobile.i18n.Messages;
import dev.saldo.mobile.shell.Background;
import dev.saldo.mobile.shell.Ui;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The proposal form: down payment, number of installments, frequency and first date. Every change
 * recomputes the schedule and the policy's verdict on the phone; submitting sends the terms to the portal.
 */
final class ProposalForm {

    private final Account account;
    private final ProposalBasis basis;
    private final Messages messages;
    private final Formats formats;
    private final Consumer<PlanView> submitted;
    private final ReasonWords words;
    private final TextField down = new TextField("0");
    private final Spinner<Integer> installments = new Spinner<>(1, 60, 3);
    private final ComboBox<Frequency> frequency = new ComboBox<>();
    private final DatePicker first = new DatePicker();
    private final Label outcome = Ui.text("verdict", "", "verdict");
    private final VBox reasons = new VBox(4);
    private final VBox schedule = new VBox(6);
    private final Button submit;
    private final Label result = Ui.message("submit-result", "body");
    private ProposalPreview preview;

    ProposalForm(Account account, ProposalBasis basis, Messages messages, Formats formats, Consumer<PlanView> submitted) {
        this.account = account;
        this.basis = basis;
        this.messages = messages;
        this.formats = formats;
        this.submitted = submitted;
        this.words = new ReasonWords(messages, formats);
        this.submit = Ui.primary("submit-plan", messages.get("submit"));
        down.setId("down-payment");
        installments.setId("installments");
        installments.setEditable(true);
        frequency.setId("frequency");
        frequency.getItems().setAll(Frequency.values());
        frequency.setValue(Frequency.MONTHLY);
        frequency.setButtonCell(frequencyCell());
        frequency.setCellFactory(list -> frequencyCell());
        frequency.setMaxWidth(Double.MAX_VALUE);
        first.setId("first-date");
        first.setConverter(new javafx.util.StringConverter<>() {
            // Shown like every other date in the app; typed dates are read in the phone's short form.
            private final java.time.format.DateTimeFormatter typed = java.time.format.DateTimeFormatter
                    .ofLocalizedDate(java.time.format.FormatStyle.SHORT).withLocale(formats.language());

            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : formats.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), typed);
                } catch (java.time.format.DateTimeParseException notShort) {
                    return first.getValue();
                }
            }
        });
        first.setValue(basis.today().plusDays(7));
        first.setMaxWidth(Double.MAX_VALUE);
        reasons.setId("verdict-reasons");
        schedule.setId("proposal-schedule");
        down.textProperty().addListener((o, a, b) -> recompute());
        installments.valueProperty().addListener((o, a, b) -> recompute());
        frequency.valueProperty().addListener((o, a, b) -> recompute());
        first.valueProperty().addListener((o, a, b) -> recompute());
        submit.setOnAction(event -> submit());
        recompute();
    }

    List<Node> nodes() {
        var total = basis.total().toMoney();
        VBox terms = Ui.card(Ui.text(null, messages.get("propose"), "section-title"),
                Ui.text("proposal-total", messages.format("debt", formats.money(total)), "body"),
                field("down-payment", down), field("installments", installments), field("frequency", frequency),
                field("first-date", first));
        VBox verdict = Ui.card(Ui.text(null, messages.get("verdict"), "caption"), outcome, reasons);
        VBox payments = Ui.card(Ui.text(null, messages.get("schedule"), "section-title"), schedule);
        return List.of(terms, verdict, payments, submit, result);
    }

    private VBox field(String key, javafx.scene.control.Control input) {
        Label label = Ui.text(null, messages.get("field." + key), "field-label");
        label.setLabelFor(input);
        input.getStyleClass().add("field");
        input.setMaxWidth(Double.MAX_VALUE);
        return new VBox(4, label, input);
    }

    private ListCell<Frequency> frequencyCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Frequency item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get(item.messageKey()));
            }
        };
    }

    private void recompute() {
        preview = ProposalPreview.of(basis, down.getText(), installments.getValue() == null ? 0 : installments.getValue(),
                frequency.getValue(), first.getValue());
        Outcome verdict = preview.outcome();
        outcome.setText(messages.get("outcome." + verdict.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        outcome.getStyleClass().removeAll("good", "calm", "danger");
        outcome.getStyleClass().add(verdict == Outcome.AUTO_APPROVED ? "good" : verdict == Outcome.NEEDS_REVIEW ? "calm" : "danger");
        reasons.getChildren().setAll(preview.reasons().stream().map(r -> (Node) Ui.text(null, "• " + words.of(r), "body")).toList());
        schedule.getChildren().clear();
        for (Installment payment : preview.payments()) {
            String label = payment.isDownPayment() ? messages.get("down-payment") : messages.format("installment", payment.number());
            var row = Ui.row(label + " · " + formats.date(payment.dueDate()), Ui.text(null, formats.money(payment.amount()), "value"));
            row.setId("proposal-installment-" + payment.number());
            schedule.getChildren().add(row);
        }
        submit.setDisable(!preview.canSubmit());
    }

    private void submit() {
        var proposal = preview.schedule().orElseThrow().proposal();
        submit.setDisable(true);
        result.setText("");
        Background.run(() -> account.propose(ProposalPreview.request(basis, proposal)), plan -> {
            result.setText(messages.get("status." + plan.status().name().toLowerCase(Locale.ROOT).replace('_', '-')));
            submitted.accept(plan);
        }, failure -> {
            submit.setDisable(false);
            result.setText(failure.getMessage());
        });
    }
}
