package dev.saldo.portal.staff.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.plan.IllegalTransitionException;
import dev.saldo.portal.debtor.Debtor;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.invoice.InvoiceRow;
import dev.saldo.portal.plan.ReasonText;
import dev.saldo.portal.staff.escalation.CaseFiles;
import dev.saldo.portal.staff.escalation.Escalations;
import dev.saldo.portal.staff.risk.EscalationRules;
import dev.saldo.portal.staff.risk.WorkList;
import dev.saldo.portal.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

/**
 * One debtor as the collection team sees them: segment and risk with reasons, whether the rules suggest
 * escalating, the case file; supervisors escalate, reverse an escalation and write off invoices here.
 */
@Route("staff/debtors/:debtorId/case")
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME})
public class DebtorCaseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DebtorDirectory debtors;
    private final WorkList workList;
    private final Escalations escalations;
    private final CaseFiles caseFiles;
    private final InvoiceBook invoices;
    private final ReasonText reasons;
    private final CurrentUser currentUser;
    private String title = "";

    public DebtorCaseView(DebtorDirectory debtors, WorkList workList, Escalations escalations, CaseFiles caseFiles,
            InvoiceBook invoices, ReasonText reasons, CurrentUser currentUser) {
        this.debtors = debtors;
        this.workList = workList;
        this.escalations = escalations;
        this.caseFiles = caseFiles;
        this.invoices = invoices;
        this.reasons = reasons;
        this.currentUser = currentUser;
        addClassNames("page", "debtor-case");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("debtorId").map(DebtorId::of);
        var debtor = id.flatMap(debtors::find).orElseThrow(NotFoundException::new);
        render(debtor);
    }

    private void render(Debtor debtor) {
        removeAll();
        var locale = getLocale();
        var id = debtor.debtorId();
        title = debtor.name();
        var back = new RouterLink(getTranslation("case.back"), WorkListView.class);
        back.addClassName("back-link");
        var heading = new H1(debtor.name());
        heading.setId("case-title");
        // Contact details, messages, disputes and notes live on the debtor's timeline screen.
        var history = new com.vaadin.flow.component.html.Anchor("staff/debtors/" + id.value(), getTranslation("case.timeline"));
        history.setId("case-timeline");
        add(back, heading, history);
        var status = escalations.statusOf(id).filter(Escalations.Status::active);
        status.ifPresent(s -> {
            var badge = new Span(getTranslation("case.escalated", getTranslation("case.channel." + s.channel().name()
                    .toLowerCase()), s.decidedBy()));
            badge.getElement().getThemeList().addAll(java.util.List.of("badge", "error"));
            badge.setId("case-escalated");
            add(badge);
        });
        var item = workList.of(id);
        var summary = new Div();
        summary.setId("case-summary");
        summary.addClassName("work-why");
        item.ifPresentOrElse(i -> {
            summary.add(new Span(getTranslation("case.segment", getTranslation(i.segment().messageKey()))));
            i.segmentReasons().forEach(r -> summary.add(new Span(reasons.format(r, locale))));
            i.riskPercent().ifPresent(r -> summary.add(new Span(getTranslation("case.risk", r))));
            i.riskFactors().forEach(f -> summary.add(new Span(getTranslation(f.feature().messageKey(), Math.round(f.value())))));
        }, () -> summary.add(new Span(getTranslation("case.not-delinquent"))));
        add(summary);

        var suggestion = workList.factsOf(id).map(EscalationRules::reasonsToEscalate).orElse(java.util.List.of());
        var escalation = new Div();
        escalation.setId("case-escalation-suggestion");
        escalation.addClassName("work-why");
        if (suggestion.isEmpty()) {
            escalation.add(new Span(getTranslation("case.no-escalation")));
        } else {
            escalation.add(new Span(getTranslation("case.suggest-escalation")));
            suggestion.forEach(r -> escalation.add(new Span(reasons.format(r, locale))));
        }
        add(new H2(getTranslation("case.escalation")), escalation);

        var download = new Anchor((DownloadHandler) event -> {
            event.setFileName(CaseFiles.fileName(debtor));
            event.setContentType("application/pdf");
            event.getOutputStream().write(caseFiles.render(id, locale));
        }, getTranslation("case.download"));
        download.setId("case-file");
        add(new Paragraph(download));

        if (isSupervisor()) {
            add(status.isPresent() ? reverseForm(debtor) : escalateForm(debtor));
            add(writeOffForm(debtor, locale));
        }
    }

    private Component escalateForm(Debtor debtor) {
        var channel = new Select<Escalations.Channel>();
        channel.setId("escalation-channel");
        channel.setLabel(getTranslation("case.channel"));
        channel.setItems(Escalations.Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("case.channel." + c.name().toLowerCase()));
        channel.setValue(Escalations.Channel.AGENCY);
        channel.setWidth("15rem");
        var note = new TextField(getTranslation("case.note"));
        note.setId("escalation-note");
        var escalate = new Button(getTranslation("case.escalate"), click -> {
            if (note.getValue().isBlank()) {
                note.setInvalid(true);
                note.setErrorMessage(getTranslation("case.note.required"));
                return;
            }
            try {
                escalations.escalate(debtor.debtorId(), channel.getValue(), note.getValue().strip(), actor());
                notify(getTranslation("case.escalated.done"));
            } catch (IllegalTransitionException alreadyEscalated) {
                fail(getTranslation("case.escalated.already"));
            }
            render(debtor);
        });
        escalate.setId("escalate");
        escalate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var form = new HorizontalLayout(channel, note, escalate);
        form.setAlignItems(FlexAlignment_BASELINE);
        return form;
    }

    private Component reverseForm(Debtor debtor) {
        var note = new TextField(getTranslation("case.note"));
        note.setId("reversal-note");
        var reverse = new Button(getTranslation("case.reverse"), click -> {
            if (note.getValue().isBlank()) {
                note.setInvalid(true);
                note.setErrorMessage(getTranslation("case.note.required"));
                return;
            }
            try {
                escalations.reverse(debtor.debtorId(), note.getValue().strip(), actor());
                notify(getTranslation("case.reversed"));
            } catch (IllegalTransitionException notEscalated) {
                fail(getTranslation("case.reversed.already"));
            }
            render(debtor);
        });
        reverse.setId("reverse-escalation");
        var form = new HorizontalLayout(note, reverse);
        form.setAlignItems(FlexAlignment_BASELINE);
        return form;
    }

    private Component writeOffForm(Debtor debtor, Locale locale) {
        var open = invoices.unsettled(debtor.debtorId());
        var invoice = new ComboBox<InvoiceRow>(getTranslation("case.write-off.invoice"));
        invoice.setId("write-off-invoice");
        invoice.setItems(open);
        invoice.setItemLabelGenerator(r -> getTranslation("case.write-off.option", r.number(), Formats.money(r.openBalance(), locale)));
        var reason = new TextField(getTranslation("case.write-off.reason"));
        reason.setId("write-off-reason");
        var writeOff = new Button(getTranslation("case.write-off"), click -> {
            if (invoice.isEmpty() || reason.getValue().isBlank()) {
                reason.setInvalid(reason.getValue().isBlank());
                reason.setErrorMessage(getTranslation("case.note.required"));
                invoice.setInvalid(invoice.isEmpty());
                return;
            }
            var written = escalations.writeOff(debtor.debtorId(), InvoiceId.of(invoice.getValue().id()),
                    reason.getValue(), actor());
            notify(getTranslation("case.written-off", Formats.money(written, locale)));
            render(debtor);
        });
        writeOff.setId("write-off");
        writeOff.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var form = new HorizontalLayout(invoice, reason, writeOff);
        form.setAlignItems(FlexAlignment_BASELINE);
        return new Div(new H2(getTranslation("case.write-off.title")), form);
    }

    private String actor() {
        return currentUser.get().map(u -> u.getUsername()).orElseThrow();
    }

    private boolean isSupervisor() {
        return currentUser.get().map(u -> u.roles().contains(Role.SUPERVISOR)).orElse(false);
    }

    private static void notify(String text) {
        Notification.show(text).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void fail(String text) {
        Notification.show(text).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static final com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment FlexAlignment_BASELINE =
            com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE;

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", title);
    }
}
