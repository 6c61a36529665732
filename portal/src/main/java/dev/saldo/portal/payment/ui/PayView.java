package dev.saldo.portal.payment.ui;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.payment.PaymentPlan;
import dev.saldo.domain.payment.PaymentRejectedException;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.payment.PaymentOrder;
import dev.saldo.portal.payment.PaymentService;
import dev.saldo.portal.payment.PaymentUnavailableException;
import dev.saldo.portal.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

/**
 * Choose what to pay: the invoices (those picked on the previous screen, or everything owed) and the
 * amount (all of it, or part above the minimum). The split over invoices is shown before paying.
 */
@Route("pay")
@RolesAllowed(Role.DEBTOR_NAME)
public class PayView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String INVOICE_PARAMETER = "invoice";

    private final PaymentService payments;
    private final DebtorId debtor;
    private final Select<Currency> currency = new Select<>();
    private final CheckboxGroup<Invoice> invoices = new CheckboxGroup<>();
    private final BigDecimalField amount = new BigDecimalField();
    private final AllocationPreview preview = new AllocationPreview();
    private final Paragraph problem = new Paragraph();
    private final Button pay = new Button();
    private Currency current;

    public PayView(PaymentService payments, CurrentUser currentUser) {
        this.payments = payments;
        this.debtor = currentUser.requireDebtor();
        addClassNames("page", "pay-page");
        var back = new RouterLink(getTranslation("pay.back"), PaymentsView.class);
        back.addClassName("back-link");
        add(new H1(getTranslation("pay.title")), new Paragraph(getTranslation("pay.intro")));

        currency.setId("pay-currency");
        currency.setLabel(getTranslation("pay.currency"));
        currency.setItemLabelGenerator(Currency::getCurrencyCode);
        currency.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                show(change.getValue(), Set.of());
            }
        });

        invoices.setId("pay-invoices");
        invoices.setLabel(getTranslation("pay.invoices"));
        invoices.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        invoices.setWidthFull();
        invoices.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                amount.setValue(owed(change.getValue()).amount());
                update();
            }
        });

        amount.setId("pay-amount");
        amount.setLabel(getTranslation("pay.amount"));
        amount.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        amount.addValueChangeListener(change -> update());

        problem.setId("pay-problem");
        problem.addClassName("form-problem");
        problem.setVisible(false);

        pay.setId("pay-submit");
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        pay.addClickListener(click -> startPayment());

        add(currency, invoices, amount, problem, new H2(getTranslation("pay.preview")), preview, pay,
                new Paragraph(getTranslation("pay.secure")), back);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var picked = new LinkedHashSet<>(parameters.getOrDefault(INVOICE_PARAMETER, List.of()));
        var owedIn = payments.currenciesOwed(debtor);
        currency.setItems(owedIn);
        currency.setVisible(owedIn.size() > 1);
        if (owedIn.isEmpty()) {
            invoices.setVisible(false);
            amount.setVisible(false);
            pay.setVisible(false);
            problem.setText(getTranslation("payment.error.nothing-owed"));
            problem.setVisible(true);
            return;
        }
        var wanted = parameters.getOrDefault("currency", List.of()).stream().findFirst()
                .flatMap(code -> owedIn.stream().filter(c -> c.getCurrencyCode().equals(code)).findFirst())
                .orElseGet(() -> owedIn.stream()
                        .filter(c -> payments.payable(debtor, c).stream().anyMatch(i -> picked.contains(i.id().value())))
                        .findFirst().orElse(owedIn.getFirst()));
        show(wanted, picked);
    }

    private void show(Currency currency, Set<String> picked) {
        this.current = currency;
        this.currency.setValue(currency);
        var open = payments.payable(debtor, currency);
        var locale = getLocale();
        invoices.setItems(open);
        invoices.setItemLabelGenerator(invoice -> getTranslation("pay.invoice.option", invoice.number(),
                Formats.date(invoice.dueDate(), locale), Formats.money(invoice.openBalance(), locale)));
        var selected = open.stream().filter(i -> picked.contains(i.id().value())).toList();
        invoices.setValue(new LinkedHashSet<>(selected.isEmpty() ? open : selected));
        amount.setValue(owed(invoices.getValue()).amount());
        amount.setSuffixComponent(new com.vaadin.flow.component.html.Span(currency.getCurrencyCode()));
        amount.setHelperText(getTranslation("pay.amount.help",
                Formats.money(payments.minimumFor(currency), locale)));
        update();
    }

    private Money owed(Set<Invoice> selected) {
        return Money.sum(current, selected.stream().map(payments::payableNow).toList());
    }

    private PaymentOrder order() {
        var ids = invoices.getValue().stream().map(Invoice::id).toList();
        var value = amount.getValue() == null ? BigDecimal.ZERO : amount.getValue();
        return new PaymentOrder(current, ids, Money.of(value, current));
    }

    private void update() {
        if (current == null) {
            return;
        }
        if (invoices.getValue().isEmpty()) {
            reject(getTranslation("pay.pick-one"));
            return;
        }
        try {
            PaymentPlan plan = payments.preview(debtor, order());
            preview.show(plan, payments.discounts(debtor, plan), getLocale());
            problem.setVisible(false);
            amount.setInvalid(false);
            pay.setText(getTranslation("pay.submit", Formats.money(plan.amount(), getLocale())));
            pay.setEnabled(true);
        } catch (PaymentRejectedException rejected) {
            reject(RejectionMessages.of(rejected, getLocale(), this::getTranslation));
            amount.setInvalid(true);
        }
    }

    private void reject(String message) {
        problem.setText(message);
        problem.setVisible(true);
        preview.clear();
        pay.setText(getTranslation("pay.submit.disabled"));
        pay.setEnabled(false);
    }

    private void startPayment() {
        pay.setEnabled(false);
        try {
            var payment = payments.start(debtor, order(), getLocale());
            getUI().ifPresent(ui -> ui.getPage().setLocation(payment.checkoutUrl()));
        } catch (PaymentRejectedException rejected) {
            reject(RejectionMessages.of(rejected, getLocale(), this::getTranslation));
        } catch (PaymentUnavailableException unavailable) {
            Notification.show(getTranslation("pay.unavailable"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            pay.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("pay.title"));
    }
}
