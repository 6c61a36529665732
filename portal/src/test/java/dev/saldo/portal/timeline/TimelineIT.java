package dev.saldo.portal.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dev.saldo.domain.api.ContactDetails;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.EmbeddedTestDatabase;
import dev.saldo.portal.debtor.ContactBook;
import dev.saldo.portal.identity.AccountDirectory;
import dev.saldo.portal.identity.SaldoUser;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.payment.PaymentLinkOpened;
import dev.saldo.portal.ui.Formats;
import dev.saldo.portal.timeline.ui.DebtorTimelineView;
import dev.saldo.portal.timeline.ui.MyHistoryView;
import dev.saldo.portal.ui.NotFoundView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The debtor timeline over the demo portfolio: fed by contact changes, messages, notes and disputes; scoped per reader. */
@SpringBootTest
class TimelineIT extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "timeline");
    }

    @Autowired
    java.util.List<dev.saldo.portal.fee.FeeHold> feeHolds;

    @Autowired
    DebtorTimeline timeline;

    @Autowired
    Disputes disputes;

    @Autowired
    ContactBook contacts;

    @Autowired
    InvoiceBook invoices;

    @Autowired
    TimelineText text;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    AccountDirectory accounts;

    private DebtorId debtor(String username) {
        return ((SaldoUser) accounts.loadUserByUsername(username)).debtorId().orElseThrow();
    }

    private List<String> lines(List<TimelineEntry> entries) {
        return entries.stream().map(e -> text.format(e, Locale.ENGLISH)).toList();
    }

    @Test
    void a_contact_change_is_on_the_timeline_with_old_and_new_values() {
        var bruno = debtor("bruno");
        var before = contacts.find(bruno).orElseThrow();
        contacts.update(bruno, new ContactDetails(before.emails(), List.of(new ContactDetails.Phone("+14155550199", true)),
                before.postalAddress(), "SMS", before.language(), new ContactDetails.QuietHours("22:00", "07:30"), null,
                List.of("WHATSAPP"), null));

        var seen = lines(timeline.forDebtor(bruno, PageRequest.of(0, 20)).getContent());
        assertThat(seen).contains("Changed the preferred channel: from “EMAIL” to “SMS”.",
                "Changed the quiet hours: from “—” to “22:00–07:30”.",
                "Changed the channels without reminders: from “—” to “WHATSAPP”.");
        assertThat(seen).anySatisfy(line -> assertThat(line).startsWith("Changed the phone numbers").endsWith("“+14155550199 *”."));
    }

    @Test
    void staff_notes_are_hidden_from_the_debtor_but_their_own_messages_are_not() {
        var ana = debtor("ana");
        timeline.sendMessage(ana, "  Pagaré el viernes.  ");
        timeline.addNote(ana, "carla", "Llamó, parece dispuesta a pagar.");

        assertThat(lines(timeline.forDebtor(ana, PageRequest.of(0, 50)).getContent()))
                .contains("Message: Pagaré el viernes.").noneMatch(l -> l.contains("dispuesta"));
        assertThat(lines(timeline.forStaff(ana, PageRequest.of(0, 50)).getContent()))
                .contains("Message: Pagaré el viernes.", "Note: Llamó, parece dispuesta a pagar.");
        assertThatThrownBy(() -> timeline.sendMessage(ana, "   ")).isInstanceOf(DebtorTimeline.InvalidText.class);
        assertThatThrownBy(() -> timeline.sendMessage(ana, "x".repeat(DebtorTimeline.MAX_TEXT + 1)))
                .isInstanceOf(DebtorTimeline.InvalidText.class);
    }

    @Test
    void a_dispute_pauses_an_invoice_until_staff_resolve_it_once() {
        var ana = debtor("ana");
        var unsettled = invoices.unsettled(ana).stream().map(i -> i.id()).toList();
        var alreadyDisputed = disputes.disputed(unsettled);
        var invoice = invoices.unsettled(ana).stream().filter(i -> !alreadyDisputed.contains(i.id())).findFirst().orElseThrow();

        disputes.open(ana, invoice.id(), DisputeReason.ALREADY_PAID, "Transferí el 3 de mayo.");

        assertThat(disputes.disputed(List.of(invoice.id()))).containsExactly(invoice.id());
        var domainInvoice = invoices.find(ana, dev.saldo.domain.invoice.InvoiceId.of(invoice.id())).orElseThrow();
        assertThat(feeHolds).as("no late fees while disputed").anyMatch(hold -> hold.holds(domainInvoice));
        var page = invoices.unsettled(ana).stream()
                .map(i -> invoices.find(ana, dev.saldo.domain.invoice.InvoiceId.of(i.id())).orElseThrow()).toList();
        assertThat(feeHolds).as("the fee job's page-at-a-time question gives the same answer")
                .anyMatch(hold -> hold.held(page).contains(domainInvoice.id()))
                .allMatch(hold -> page.stream().allMatch(i -> hold.held(page).contains(i.id()) == hold.holds(i)));
        assertThatThrownBy(() -> disputes.open(ana, invoice.id(), DisputeReason.WRONG_AMOUNT, null))
                .isInstanceOf(DebtorTimeline.InvalidText.class);
        assertThatThrownBy(() -> disputes.open(debtor("bruno"), invoice.id(), DisputeReason.WRONG_AMOUNT, null))
                .as("another debtor's invoice reads as missing").isInstanceOf(Disputes.InvoiceNotFound.class);

        assertThat(disputes.resolve(invoice.id(), "carla", "Pago confirmado con el banco.")).isTrue();
        assertThat(disputes.resolve(invoice.id(), "diego", "Otra respuesta.")).as("only once").isFalse();
        assertThat(disputes.disputed(List.of(invoice.id()))).isEmpty();
        assertThat(feeHolds).as("fees run again once resolved").noneMatch(hold -> hold.holds(domainInvoice));
        assertThat(lines(timeline.forDebtor(ana, PageRequest.of(0, 50)).getContent())).contains(
                "Dispute on invoice " + invoice.number() + ": I already paid it. Transferí el 3 de mayo.",
                "Dispute on invoice " + invoice.number() + " resolved: Pago confirmado con el banco.");
    }

    @Test
    void a_debtor_writes_from_the_history_screen_and_sees_it_listed() {
        signIn("bruno");
        navigate(MyHistoryView.class);
        test($(Button.class).id("message-send")).click();
        assertThat($(Paragraph.class).id("history-error").getText()).isNotBlank();

        $(TextArea.class).id("message-text").setValue("Can I pay next week?");
        test($(Button.class).id("message-send")).click();

        assertThat($(Paragraph.class).id("history-done")).isNotNull();
        @SuppressWarnings("unchecked")
        Grid<TimelineEntry> grid = $(Grid.class).id("timeline-grid");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(1);
        assertThat(timeline.forDebtor(debtor("bruno"), PageRequest.of(0, 5)).getContent().getFirst().kind())
                .isEqualTo(TimelineKind.DEBTOR_MESSAGE);
    }

    @Test
    void staff_open_a_debtors_timeline_and_an_unknown_one_is_not_found() {
        signIn("carla");
        navigate("staff/debtors/" + debtor("ana").value(), DebtorTimelineView.class);
        assertThat($(H1.class).id("debtor360-name").getText()).isEqualTo("Ana Martínez Rojas");
        $(TextArea.class).id("note-text").setValue("Prefiere WhatsApp por la tarde.");
        test($(Button.class).id("note-add")).click();
        assertThat(lines(timeline.forStaff(debtor("ana"), PageRequest.of(0, 1)).getContent()))
                .containsExactly("Note: Prefiere WhatsApp por la tarde.");

        navigate("staff/debtors/no-such-id", NotFoundView.class);
    }

    @Test
    void an_opened_payment_link_reads_as_the_debtors_own_to_them_and_as_the_debtors_to_staff() {
        var ana = debtor("ana");
        var sentOn = LocalDate.of(2026, 3, 2);
        events.publishEvent(new PaymentLinkOpened(ana, "reminder-7", sentOn, Instant.now()));

        var entry = timeline.forDebtor(ana, PageRequest.of(0, 50)).getContent().stream()
                .filter(e -> e.kind() == TimelineKind.LINK_OPENED).findFirst().orElseThrow();
        var day = Formats.date(sentOn, Locale.ENGLISH);
        assertThat(text.format(entry, Locale.ENGLISH)).isEqualTo("You opened the payment link from the reminder of " + day + ".");
        assertThat(text.formatForStaff(entry, Locale.ENGLISH)).isEqualTo("Opened the payment link from the reminder of " + day + ".");
        assertThat(entry.actor()).isEqualTo(DebtorTimeline.DEBTOR);
    }

    @Test
    void the_same_link_opened_again_the_same_day_is_one_entry_and_another_link_is_another() {
        var bruno = debtor("bruno");
        var sentOn = LocalDate.of(2026, 3, 9);
        var now = Instant.parse("2026-03-10T15:00:00Z");
        events.publishEvent(new PaymentLinkOpened(bruno, "reminder-8", sentOn, now));
        events.publishEvent(new PaymentLinkOpened(bruno, "reminder-8", sentOn, now.plusSeconds(5)));
        events.publishEvent(new PaymentLinkOpened(bruno, "reminder-9", sentOn, now.plusSeconds(10)));

        var opened = timeline.forStaff(bruno, PageRequest.of(0, 100)).getContent().stream()
                .filter(e -> e.kind() == TimelineKind.LINK_OPENED).toList();
        assertThat(opened).hasSize(2);
    }

    /**
     * Signs in for the screens the way the session would hold it. Not {@code @WithUserDetails}: its
     * test holder replaces the static holder's strategy for the whole JVM, and a cached application
     * context started earlier then reads its callers' sign-in from a different place (PaymentApiIT
     * got 403s after this class ran).
     */
    private void signIn(String username) {
        var user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
