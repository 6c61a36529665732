package dev.saldo.portal.plan.ui;

import java.util.Currency;
import java.util.EnumSet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.CollectionPolicy;
import dev.saldo.domain.plan.Frequency;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.identity.SaldoUser;
import dev.saldo.portal.plan.PolicyBook;
import jakarta.annotation.security.RolesAllowed;

/** Supervisors edit the collection policy of one currency at a time; new proposals are judged by it. */
@Route("staff/policies")
@RolesAllowed(Role.SUPERVISOR_NAME)
public class PolicyView extends Main implements HasDynamicTitle {

    private final PolicyBook policies;
    private final String supervisor;
    private final Select<Currency> currency = new Select<>();
    private final IntegerField maxInstallments = number("policy-max-installments", "policy.max-installments");
    private final IntegerField maxTermDays = number("policy-max-term", "policy.max-term-days");
    private final BigDecimalField minInstallment = new BigDecimalField();
    private final IntegerField minDownPayment = number("policy-min-down", "policy.min-down-payment");
    private final CheckboxGroup<Frequency> frequencies = new CheckboxGroup<>();
    private final IntegerField firstWithin = number("policy-first-within", "policy.first-payment-within");
    private final IntegerField graceDays = number("policy-grace", "policy.grace-days");
    private final IntegerField promiseWithin = number("policy-promise-within", "policy.promise-within");
    private final IntegerField autoTerm = number("policy-auto-term", "policy.auto.max-term");
    private final IntegerField autoDown = number("policy-auto-down", "policy.auto.min-down");
    private final IntegerField autoLookback = number("policy-auto-lookback", "policy.auto.lookback");

    public PolicyView(PolicyBook policies, CurrentUser user) {
        this.policies = policies;
        this.supervisor = user.get().map(SaldoUser::getUsername).orElseThrow();
        addClassName("page");
        add(new H1(getTranslation("policy.title")), new Paragraph(getTranslation("policy.intro")));

        currency.setId("policy-currency");
        currency.setLabel(getTranslation("policy.currency"));
        currency.setItems(PolicyBook.CURRENCIES);
        currency.setItemLabelGenerator(Currency::getCurrencyCode);
        currency.addValueChangeListener(e -> load(policies.policyFor(e.getValue())));
        minInstallment.setId("policy-min-installment");
        minInstallment.setLabel(getTranslation("policy.min-installment"));
        frequencies.setId("policy-frequencies");
        frequencies.setLabel(getTranslation("policy.frequencies"));
        frequencies.setItems(Frequency.values());
        frequencies.setItemLabelGenerator(f -> getTranslation(f.messageKey()));

        var limits = new FormLayout(maxInstallments, maxTermDays, minInstallment, minDownPayment, firstWithin, graceDays,
                promiseWithin, frequencies);
        limits.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));
        var auto = new FormLayout(autoTerm, autoDown, autoLookback);
        auto.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));
        var save = new Button(getTranslation("policy.save"), click -> save());
        save.setId("policy-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(currency, limits, new H2(getTranslation("policy.auto.title")), auto, new Div(save));
        currency.setValue(PolicyBook.CURRENCIES.getFirst());
    }

    private IntegerField number(String id, String key) {
        var field = new IntegerField(getTranslation(key));
        field.setId(id);
        field.setMin(0);
        return field;
    }

    private void load(CollectionPolicy p) {
        maxInstallments.setValue(p.maxInstallments());
        maxTermDays.setValue(p.maxTermDays());
        minInstallment.setValue(p.minInstallment().amount());
        minDownPayment.setValue(p.minDownPaymentPercent());
        frequencies.setValue(EnumSet.copyOf(p.frequencies()));
        firstWithin.setValue(p.firstPaymentWithinDays());
        graceDays.setValue(p.graceDays());
        promiseWithin.setValue(p.promiseWithinDays());
        autoTerm.setValue(p.autoApproval().maxTermDays());
        autoDown.setValue(p.autoApproval().minDownPaymentPercent());
        autoLookback.setValue(p.autoApproval().brokenPlanLookbackMonths());
    }

    private void save() {
        try {
            var money = currency.getValue();
            var policy = new CollectionPolicy(money, value(maxInstallments), value(maxTermDays),
                    Money.of(minInstallment.getValue(), money), value(minDownPayment), frequencies.getValue(),
                    value(firstWithin), value(graceDays), value(promiseWithin),
                    new CollectionPolicy.AutoApproval(value(autoTerm), value(autoDown), value(autoLookback)));
            load(policies.save(policy, supervisor));
            Notification.show(getTranslation("policy.saved"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalArgumentException | NullPointerException invalid) {
            Notification.show(getTranslation("policy.invalid", invalid.getMessage()), 6000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static int value(IntegerField field) {
        if (field.getValue() == null) {
            throw new IllegalArgumentException(field.getLabel());
        }
        return field.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("policy.title"));
    }
}
