package dev.saldo.portal.timeline.ui;

import java.time.Clock;
import java.util.Arrays;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.invoice.InvoiceRow;
import dev.saldo.portal.timeline.DebtorTimeline;
import dev.saldo.portal.timeline.DisputeReason;
import dev.saldo.portal.timeline.Disputes;
import dev.saldo.portal.timeline.TimelineText;
import dev.saldo.portal.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

/**
 * "My history": what happened on the debtor's account (everything but staff notes), a message to the
 * collection team, and a dispute on an invoice, which pauses its reminders until staff answer.
 */
@Route("history")
@RolesAllowed(Role.DEBTOR_NAME)
public class MyHistoryView extends Main implements HasDynamicTitle {

    private final DebtorTimeline timeline;
    private final Disputes disputes;
    private final DebtorId debtor;
    private final TimelineGrid grid;
    private final Div feedback = new Div();
    private final UnorderedList openDisputes = new UnorderedList();

    public MyHistoryView(DebtorTimeline timeline, Disputes disputes, InvoiceBook invoices, TimelineText text,
            CurrentUser user, Clock clock) {
        this.timeline = timeline;
        this.disputes = disputes;
        this.debtor = user.requireDebtor();
        addClassName("page");
        var locale = getLocale();

        var message = new TextArea(getTranslation("history.message"));
        message.setId("message-text");
        message.setMaxLength(DebtorTimeline.MAX_TEXT);
        message.setWidthFull();
        var send = new Button(getTranslation("history.message.send"), click -> {
            if (attempt(() -> timeline.sendMessage(debtor, message.getValue()), "history.message.sent")) {
                message.clear();
            }
        });
        send.setId("message-send");

        var invoice = new Select<InvoiceRow>();
        invoice.setLabel(getTranslation("history.dispute.invoice"));
        invoice.setId("dispute-invoice");
        invoice.setItems(invoices.unsettled(debtor));
        invoice.setItemLabelGenerator(i -> getTranslation("history.dispute.invoice.line", i.number(),
                Formats.money(i.openBalance(), locale)));
        var reason = new Select<DisputeReason>();
        reason.setLabel(getTranslation("history.dispute.reason"));
        reason.setId("dispute-reason");
        reason.setItems(Arrays.asList(DisputeReason.values()));
        reason.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        var details = new TextArea(getTranslation("history.dispute.details"));
        details.setId("dispute-details");
        details.setMaxLength(DebtorTimeline.MAX_TEXT);
        var dispute = new Button(getTranslation("history.dispute.open"), click -> {
            if (invoice.isEmpty()) {
                invoice.setErrorMessage(getTranslation("timeline.error.invoice.required"));
                invoice.setInvalid(true);
                return;
            }
            invoice.setInvalid(false);
            if (attempt(() -> disputes.open(debtor, invoice.getValue().id(), reason.getValue(), details.getValue()),
                    "history.dispute.opened")) {
                details.clear();
            }
        });
        dispute.setId("dispute-open");
        dispute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var disputeForm = new FormLayout(invoice, reason, details);
        disputeForm.setColspan(details, 2);
        disputeForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));

        feedback.setId("history-feedback");
        feedback.getElement().setAttribute("role", "status");
        openDisputes.setId("open-disputes");
        grid = new TimelineGrid(text, clock.getZone(), locale, false, page -> timeline.forDebtor(debtor, page));
        add(new H1(getTranslation("history.title")), new Paragraph(getTranslation("history.intro")), feedback,
                new H2(getTranslation("history.message.title")), message, send,
                new H2(getTranslation("history.dispute.title")), new Paragraph(getTranslation("history.dispute.intro")),
                disputeForm, dispute, openDisputes,
                new H2(getTranslation("history.list")), grid);
        refresh();
    }

    private boolean attempt(Runnable action, String doneKey) {
        feedback.removeAll();
        try {
            action.run();
            var done = new Paragraph(getTranslation(doneKey));
            done.setId("history-done");
            feedback.add(done);
            refresh();
            return true;
        } catch (DebtorTimeline.InvalidText refused) {
            refused.fieldErrorKeys().values().forEach(key -> {
                var error = new Paragraph(getTranslation(key));
                error.setId("history-error");
                error.addClassName("error-text");
                feedback.add(error);
            });
            return false;
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        openDisputes.removeAll();
        disputes.openFor(debtor).forEach(d -> openDisputes.add(new ListItem(getTranslation("history.dispute.pending",
                d.invoiceNumber(), getTranslation(d.reason().messageKey())))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("history.title"));
    }
}
