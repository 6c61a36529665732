package dev.saldo.portal.fee.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.portal.fee.FeeWaivers;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.identity.SaldoUser;
import dev.saldo.portal.ui.Formats;
import dev.saldo.portal.ui.LineTexts;
import jakarta.annotation.security.RolesAllowed;

/** Staff find an invoice by number and waive one of its fees, saying why; the audit log keeps the reason. */
@Route("staff/fees/waivers")
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME})
public class FeeWaiverView extends Main implements HasDynamicTitle {

    private final FeeWaivers waivers;
    private final String staff;
    private final TextField number = new TextField();
    private final TextField reason = new TextField();
    private final Paragraph found = new Paragraph();
    private final Grid<FeeWaivers.Fee> fees = new Grid<>();
    private Invoice invoice;

    public FeeWaiverView(FeeWaivers waivers, CurrentUser user) {
        this.waivers = waivers;
        this.staff = user.get().map(SaldoUser::getUsername).orElseThrow();
        addClassName("page");
        add(new H1(getTranslation("fees.waiver.title")), new Paragraph(getTranslation("fees.waiver.intro")));
        number.setId("waiver-number");
        number.setLabel(getTranslation("fees.waiver.number"));
        var search = new Button(getTranslation("fees.waiver.find"), click -> find());
        search.setId("waiver-find");
        var bar = new HorizontalLayout(number, search);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        reason.setId("waiver-reason");
        reason.setLabel(getTranslation("fees.waiver.reason"));
        reason.setWidthFull();
        reason.setMaxLength(300);
        found.setId("waiver-invoice");
        fees.setId("waiver-fees");
        fees.setAllRowsVisible(true);
        fees.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        fees.addColumn(fee -> Formats.date(fee.line().date(), getLocale())).setHeader(getTranslation("fees.waiver.date"))
                .setAutoWidth(true);
        fees.addColumn(fee -> LineTexts.describe(fee.line().description(), this::getTranslation, getLocale())).setHeader(getTranslation("fees.waiver.fee"));
        fees.addColumn(fee -> Formats.money(fee.line().amount(), getLocale())).setHeader(getTranslation("fees.waiver.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        fees.addComponentColumn(this::action).setAutoWidth(true);
        add(bar, found, reason, fees);
        show(null);
    }

    private Button action(FeeWaivers.Fee fee) {
        var waive = new Button(getTranslation(fee.waived() ? "fees.waiver.done" : "fees.waiver.waive"), click -> waive(fee));
        waive.setId("waive-" + fee.index());
        waive.setEnabled(!fee.waived());
        waive.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return waive;
    }

    private void find() {
        var match = waivers.invoice(number.getValue());
        if (match.isEmpty()) {
            show(null);
            found.setText(getTranslation("fees.waiver.not-found"));
            return;
        }
        show(match.get());
    }

    private void show(Invoice shown) {
        this.invoice = shown;
        fees.setVisible(shown != null);
        reason.setVisible(shown != null);
        if (shown == null) {
            found.setText("");
            return;
        }
        found.setText(getTranslation("fees.waiver.found", shown.number(), Formats.money(shown.openBalance(), getLocale())));
        fees.setItems(waivers.feesOf(shown));
    }

    private void waive(FeeWaivers.Fee fee) {
        try {
            show(waivers.waive(staff, invoice.id(), fee.index(), reason.getValue()));
            reason.clear();
            Notification.show(getTranslation("fees.waiver.saved"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (FeeWaivers.WaiverRefusedException refused) {
            reason.setInvalid(true);
            reason.setErrorMessage(getTranslation(refused.messageKey()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("fees.waiver.title"));
    }
}
