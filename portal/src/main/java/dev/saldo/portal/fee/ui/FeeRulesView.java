package dev.saldo.portal.fee.ui;

import java.math.BigDecimal;
import java.util.Currency;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import dev.saldo.domain.fee.FeeRules;
import dev.saldo.domain.money.Money;
import dev.saldo.portal.fee.FeeRuleBook;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.identity.SaldoUser;
import jakarta.annotation.security.RolesAllowed;

/** Supervisors set the late fees and the early-payment discount of one currency at a time. */
@Route("staff/fees")
@RolesAllowed(Role.SUPERVISOR_NAME)
public class FeeRulesView extends Main implements HasDynamicTitle {

    private final FeeRuleBook rules;
    private final String supervisor;
    private final Select<Currency> currency = new Select<>();
    private final IntegerField graceDays = whole("fees-grace", "fees.grace-days");
    private final BigDecimalField fixed = decimal("fees-fixed", "fees.fixed");
    private final BigDecimalField oneOff = decimal("fees-one-off", "fees.one-off-percent");
    private final BigDecimalField interest = decimal("fees-interest", "fees.interest");
    private final BigDecimalField cap = decimal("fees-cap", "fees.cap");
    private final BigDecimalField capPercent = decimal("fees-cap-percent", "fees.cap-percent");
    private final BigDecimalField discount = decimal("fees-discount", "fees.discount-percent");
    private final IntegerField discountDays = whole("fees-discount-days", "fees.discount-days");

    public FeeRulesView(FeeRuleBook rules, CurrentUser user) {
        this.rules = rules;
        this.supervisor = user.get().map(SaldoUser::getUsername).orElseThrow();
        addClassName("page");
        add(new H1(getTranslation("fees.title")), new Paragraph(getTranslation("fees.intro")));
        currency.setId("fees-currency");
        currency.setLabel(getTranslation("fees.currency"));
        currency.setItems(FeeRuleBook.CURRENCIES);
        currency.setItemLabelGenerator(Currency::getCurrencyCode);
        currency.addValueChangeListener(e -> load(rules.rulesFor(e.getValue())));
        cap.setHelperText(getTranslation("fees.zero-is-none"));
        capPercent.setHelperText(getTranslation("fees.zero-is-none"));
        discountDays.setHelperText(getTranslation("fees.discount-days.help"));
        var late = form(graceDays, fixed, oneOff, interest, cap, capPercent);
        var early = form(discount, discountDays);
        var save = new Button(getTranslation("fees.save"), click -> save());
        save.setId("fees-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(currency, new H2(getTranslation("fees.late.title")), late, new H2(getTranslation("fees.early.title")), early,
                new Div(save));
        currency.setValue(FeeRuleBook.CURRENCIES.getFirst());
    }

    private static FormLayout form(com.vaadin.flow.component.Component... fields) {
        var form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));
        return form;
    }

    private IntegerField whole(String id, String key) {
        var field = new IntegerField(getTranslation(key));
        field.setId(id);
        field.setMin(0);
        return field;
    }

    private BigDecimalField decimal(String id, String key) {
        var field = new BigDecimalField(getTranslation(key));
        field.setId(id);
        return field;
    }

    private void load(FeeRules r) {
        var late = r.lateFee();
        graceDays.setValue(late.graceDays());
        fixed.setValue(late.fixed().amount());
        oneOff.setValue(late.oneOffPercent());
        interest.setValue(late.annualInterestPercent());
        cap.setValue(late.cap().amount());
        capPercent.setValue(late.capPercent());
        discount.setValue(r.earlyDiscount().percent());
        discountDays.setValue(r.earlyDiscount().daysBeforeDue());
    }

    private void save() {
        try {
            var money = currency.getValue();
            var changed = new FeeRules(money,
                    new FeeRules.LateFee(value(graceDays), Money.of(value(fixed), money), value(oneOff), value(interest),
                            Money.of(value(cap), money), value(capPercent)),
                    new FeeRules.EarlyDiscount(value(discount), value(discountDays)));
            load(rules.save(changed, supervisor));
            Notification.show(getTranslation("fees.saved"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalArgumentException invalid) {
            Notification.show(getTranslation("fees.invalid", invalid.getMessage()), 6000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static int value(IntegerField field) {
        if (field.getValue() == null) {
            throw new IllegalArgumentException(field.getLabel());
        }
        return field.getValue();
    }

    private static BigDecimal value(BigDecimalField field) {
        if (field.getValue() == null) {
            throw new IllegalArgumentException(field.getLabel());
        }
        return field.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("fees.title"));
    }
}
