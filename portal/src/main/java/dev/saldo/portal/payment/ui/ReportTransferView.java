package dev.saldo.portal.payment.ui;

import java.math.BigDecimal;
import java.util.Currency;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.payment.PaymentRejectedException;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.payment.PaymentOrder;
import dev.saldo.portal.payment.PaymentService;
import dev.saldo.portal.payment.TransferReport;
import dev.saldo.portal.payment.TransferReview;
import dev.saldo.portal.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

/**
 * "I already paid by bank transfer": the debtor says what the transfer was for, its reference and
 * date, and may attach the bank's receipt. Staff confirm it before it counts.
 */
@Route("report-transfer")
@RolesAllowed(Role.DEBTOR_NAME)
public class ReportTransferView extends Main implements HasDynamicTitle {

    private final TransferReview transfers;
    private final DebtorId debtor;
    private final CheckboxGroup<Invoice> invoices = new CheckboxGroup<>();
    private final BigDecimalField amount = new BigDecimalField();
    private final TextField reference = new TextField();
    private final DatePicker paidOn = new DatePicker();
    private final Paragraph problem = new Paragraph();
    private TransferReport.Proof proof;
    private Currency currency;

    public ReportTransferView(PaymentService payments, TransferReview transfers, CurrentUser currentUser) {
        this.transfers = transfers;
        this.debtor = currentUser.requireDebtor();
        addClassNames("page", "pay-page");
        add(new H1(getTranslation("transfer.title")), new Paragraph(getTranslation("transfer.intro")));
        var owed = payments.currenciesOwed(debtor);
        if (owed.isEmpty()) {
            add(new Paragraph(getTranslation("payment.error.nothing-owed")));
            return;
        }
        currency = owed.getFirst();
        var locale = getLocale();
        invoices.setId("transfer-invoices");
        invoices.setLabel(getTranslation("transfer.invoices"));
        invoices.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        invoices.setWidthFull();
        invoices.setItems(payments.payable(debtor, currency));
        invoices.setItemLabelGenerator(invoice -> getTranslation("pay.invoice.option", invoice.number(),
                Formats.date(invoice.dueDate(), locale), Formats.money(invoice.openBalance(), locale)));
        invoices.addValueChangeListener(change -> amount.setValue(
                Money.sum(currency, change.getValue().stream().map(Invoice::openBalance).toList()).amount()));

        amount.setId("transfer-amount");
        amount.setLabel(getTranslation("transfer.amount"));
        amount.setSuffixComponent(new Span(currency.getCurrencyCode()));
        reference.setId("transfer-reference");
        reference.setLabel(getTranslation("transfer.reference"));
        reference.setHelperText(getTranslation("transfer.reference.help"));
        reference.setMaxLength(60);
        reference.setWidth("20rem");
        paidOn.setId("transfer-date");
        paidOn.setLabel(getTranslation("transfer.date"));
        paidOn.setMax(payments.dayOf(java.time.Instant.now()));
        paidOn.setLocale(locale);
        paidOn.setI18n(dates(locale));

        var upload = new Upload(UploadHandler.inMemory((metadata, data) ->
                proof = new TransferReport.Proof(metadata.fileName(), data)));
        upload.setId("transfer-proof");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) TransferReport.MAX_PROOF_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
        upload.setI18n(UploadTexts.of(this::getTranslation));
        upload.addFileRemovedListener(removed -> proof = null);
        upload.addFileRejectedListener(rejected -> show(getTranslation("transfer.error.type")));

        problem.setId("transfer-problem");
        problem.addClassName("form-problem");
        problem.setVisible(false);
        var send = new Button(getTranslation("transfer.submit"), click -> submit());
        send.setId("transfer-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(invoices, amount, reference, paidOn, new Paragraph(getTranslation("transfer.proof")), upload, problem, send);
    }

    private DatePicker.DatePickerI18n dates(java.util.Locale locale) {
        var symbols = java.text.DateFormatSymbols.getInstance(locale);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(java.util.List.of(symbols.getMonths()).subList(0, 12))
                .setWeekdays(java.util.List.of(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(java.util.List.of(symbols.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(1)
                .setToday(getTranslation("date.today"))
                .setCancel(getTranslation("date.cancel"));
    }

    private void submit() {
        var ids = invoices.getValue().stream().map(Invoice::id).toList();
        var value = amount.getValue() == null ? BigDecimal.ZERO : amount.getValue();
        try {
            var record = transfers.report(debtor, new TransferReport(new PaymentOrder(currency, ids, Money.of(value, currency)),
                    reference.getValue(), paidOn.getValue(), proof));
            getUI().ifPresent(ui -> ui.navigate("payments/" + record.id()));
        } catch (PaymentRejectedException rejected) {
            show(RejectionMessages.of(rejected, getLocale(), this::getTranslation));
        } catch (TransferReport.InvalidTransferException invalid) {
            show(getTranslation(invalid.messageKey()));
        }
    }

    private void show(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("transfer.title"));
    }

}
