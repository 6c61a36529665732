package dev.saldo.portal.timeline.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.debtor.ContactBook;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.identity.CurrentUser;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.identity.SaldoUser;
import dev.saldo.portal.timeline.DebtorTimeline;
import dev.saldo.portal.timeline.Dispute;
import dev.saldo.portal.timeline.Disputes;
import dev.saldo.portal.timeline.TimelineText;
import jakarta.annotation.security.RolesAllowed;

/** Debtor 360 for staff: who they are and how to reach them, open disputes to resolve, notes, and the full timeline. */
@Route("staff/debtors/:debtorId")
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME})
public class DebtorTimelineView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DebtorDirectory debtors;
    private final ContactBook contacts;
    private final DebtorTimeline timeline;
    private final Disputes disputes;
    private final TimelineText text;
    private final Clock clock;
    private final String staff;
    private final Div feedback = new Div();
    private final Div disputeList = new Div();
    private DebtorId debtor;
    private TimelineGrid grid;
    private String title = "";

    public DebtorTimelineView(DebtorDirectory debtors, ContactBook contacts, DebtorTimeline timeline, Disputes disputes,
            TimelineText text, Clock clock, CurrentUser user) {
        this.debtors = debtors;
        this.contacts = contacts;
        this.timeline = timeline;
        this.disputes = disputes;
        this.text = text;
        this.clock = clock;
        this.staff = user.get().map(SaldoUser::getUsername).orElse("");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("debtorId").orElse("");
        if (id.isBlank()) {
            throw new NotFoundException();
        }
        var found = debtors.find(DebtorId.of(id)).orElseThrow(NotFoundException::new);
        debtor = found.debtorId();
        title = found.name();
        removeAll();
        var heading = new H1(title);
        heading.setId("debtor360-name");
        var contact = contacts.find(debtor).orElseThrow();
        var reach = new Paragraph(getTranslation("debtor360.reach", orDash(contact.primaryEmail()),
                orDash(contact.primaryPhone()), getTranslation("contact.channel." + contact.preferredChannel()),
                found.externalId()));
        reach.setId("debtor360-contact");

        var note = new TextArea(getTranslation("debtor360.note"));
        note.setId("note-text");
        note.setWidthFull();
        note.setMaxLength(DebtorTimeline.MAX_TEXT);
        var addNote = new Button(getTranslation("debtor360.note.add"), click -> {
            if (attempt(() -> timeline.addNote(debtor, staff, note.getValue()))) {
                note.clear();
            }
        });
        addNote.setId("note-add");
        feedback.setId("debtor360-feedback");
        feedback.getElement().setAttribute("role", "status");
        disputeList.setId("debtor360-disputes");
        grid = new TimelineGrid(text, clock.getZone(), getLocale(), true, page -> timeline.forStaff(debtor, page));
        // The same debtor's risk, escalation and case file (staff module's screen, by path: no module dependency).
        var caseLink = new com.vaadin.flow.component.html.Anchor("staff/debtors/" + debtor.value() + "/case",
                getTranslation("debtor360.case"));
        caseLink.setId("debtor360-case");
        add(new RouterLink(getTranslation("debtor360.back"), DebtorSearchView.class), heading, reach, caseLink, feedback,
                new H2(getTranslation("debtor360.disputes")), disputeList,
                new H2(getTranslation("debtor360.note.title")), note, addNote,
                new H2(getTranslation("debtor360.timeline")), grid);
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        disputeList.removeAll();
        var open = disputes.openFor(debtor);
        if (open.isEmpty()) {
            disputeList.add(new Paragraph(getTranslation("debtor360.disputes.none")));
        }
        open.forEach(d -> disputeList.add(disputeRow(d)));
    }

    private HorizontalLayout disputeRow(Dispute dispute) {
        var what = new Paragraph(getTranslation("debtor360.dispute.line", dispute.invoiceNumber(),
                getTranslation(dispute.reason().messageKey()), dispute.text()));
        var resolution = new TextField(getTranslation("debtor360.dispute.resolution"));
        resolution.setId("resolution-" + dispute.invoiceId());
        var resolve = new Button(getTranslation("debtor360.dispute.resolve"), click -> attempt(() -> {
            if (!disputes.resolve(dispute.invoiceId(), staff, resolution.getValue())) {
                feedback.add(new Paragraph(getTranslation("debtor360.dispute.already-resolved")));
            }
        }));
        resolve.setId("resolve-" + dispute.invoiceId());
        resolve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var row = new HorizontalLayout(what, resolution, resolve);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWidthFull();
        row.expand(what);
        return row;
    }

    private boolean attempt(Runnable action) {
        feedback.removeAll();
        try {
            action.run();
            refresh();
            return true;
        } catch (DebtorTimeline.InvalidText refused) {
            refused.fieldErrorKeys().values().forEach(key -> feedback.add(new Paragraph(getTranslation(key))));
        }
        return false;
    }

    private String orDash(String value) {
        return value == null ? getTranslation("debtor360.none") : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", title);
    }
}
