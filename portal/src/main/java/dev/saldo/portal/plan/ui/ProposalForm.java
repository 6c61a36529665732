package dev.saldo.portal.plan.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.plan.Frequency;
import dev.saldo.domain.plan.Proposal;
import dev.saldo.portal.invoice.InvoiceRow;
import dev.saldo.portal.plan.PlanDraft;
import dev.saldo.portal.ui.Formats;

/**
 * The debtor's proposal: which invoices, down payment, how many installments, how often, from when.
 * It knows no service; it fires {@link DraftChanged} on every change and {@link SubmitRequested} on submit.
 */
class ProposalForm extends Div {

    static final class DraftChanged extends ComponentEvent<ProposalForm> {
        private final PlanDraft draft;

        DraftChanged(ProposalForm source, PlanDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        PlanDraft draft() {
            return draft;
        }
    }

    static final class SubmitRequested extends ComponentEvent<ProposalForm> {
        private final PlanDraft draft;

        SubmitRequested(ProposalForm source, PlanDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        PlanDraft draft() {
            return draft;
        }
    }

    private final CheckboxGroup<InvoiceRow> invoices = new CheckboxGroup<>();
    private final BigDecimalField downPayment = new BigDecimalField();
    private final IntegerField installments = new IntegerField();
    private final Select<Frequency> frequency = new Select<>();
    private final DatePicker firstDate = new DatePicker();
    private final Button submit = new Button();

    ProposalForm(List<InvoiceRow> candidates, List<InvoiceId> preselected, LocalDate today, LocalDate latestFirst) {
        var locale = getLocale();
        addClassName("proposal-form");
        invoices.setId("plan-invoices");
        invoices.setLabel(getTranslation("plan.form.invoices"));
        invoices.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        invoices.setItems(candidates);
        invoices.setItemLabelGenerator(row -> getTranslation("plan.form.invoice-label", row.number(),
                Formats.date(row.dueDate(), locale), Formats.money(row.openBalance(), locale)));
        var chosen = preselected.stream().map(InvoiceId::value).toList();
        invoices.setValue(new LinkedHashSet<>(candidates.stream().filter(row -> chosen.contains(row.id())).toList()));

        downPayment.setId("down-payment");
        downPayment.setLabel(getTranslation("plan.form.down-payment"));
        downPayment.setValue(BigDecimal.ZERO);
        downPayment.setValueChangeMode(ValueChangeMode.LAZY);
        candidates.stream().findFirst().ifPresent(row -> downPayment.setSuffixComponent(
                new com.vaadin.flow.component.html.Span(row.openBalance().currency().getCurrencyCode())));

        installments.setId("installments");
        installments.setLabel(getTranslation("plan.form.installments"));
        installments.setMin(1);
        installments.setMax(Proposal.MAX_INSTALLMENTS);
        installments.setStepButtonsVisible(true);
        installments.setValue(6);
        installments.setValueChangeMode(ValueChangeMode.LAZY);

        frequency.setId("frequency");
        frequency.setLabel(getTranslation("plan.form.frequency"));
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
        frequency.setValue(Frequency.MONTHLY);

        firstDate.setId("first-date");
        firstDate.setLabel(getTranslation("plan.form.first-date"));
        firstDate.setLocale(locale);
        firstDate.setMin(today);
        firstDate.setMax(latestFirst);
        firstDate.setValue(today.plusDays(7).isAfter(latestFirst) ? latestFirst : today.plusDays(7));

        submit.setText(getTranslation("plan.form.submit"));
        submit.setId("submit-plan");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> fireEvent(new SubmitRequested(this, draft())));

        var fields = new FormLayout(downPayment, installments, frequency, firstDate);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        add(invoices, fields, submit);

        invoices.addValueChangeListener(e -> changed());
        downPayment.addValueChangeListener(e -> changed());
        installments.addValueChangeListener(e -> changed());
        frequency.addValueChangeListener(e -> changed());
        firstDate.addValueChangeListener(e -> changed());
    }

    PlanDraft draft() {
        var ids = invoices.getValue().stream().map(row -> InvoiceId.of(row.id())).toList();
        return new PlanDraft(ids, downPayment.getValue(),
                installments.getValue(), frequency.getValue(), firstDate.getValue());
    }

    /** Fills the form with the policy's alternative and re-evaluates. */
    void apply(Proposal alternative) {
        downPayment.setValue(alternative.downPayment().amount());
        installments.setValue(alternative.installments());
        frequency.setValue(alternative.frequency());
        firstDate.setValue(alternative.firstDate());
        changed();
    }

    void setSubmitEnabled(boolean enabled) {
        submit.setEnabled(enabled);
    }

    Registration addDraftChangedListener(ComponentEventListener<DraftChanged> listener) {
        return addListener(DraftChanged.class, listener);
    }

    Registration addSubmitListener(ComponentEventListener<SubmitRequested> listener) {
        return addListener(SubmitRequested.class, listener);
    }

    private void changed() {
        fireEvent(new DraftChanged(this, draft()));
    }
}
