package dev.saldo.portal.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.saldo.domain.api.ContactDetails;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.invoice.InvoiceLine;
import dev.saldo.domain.invoice.LineType;
import dev.saldo.domain.money.Money;
import dev.saldo.portal.EmbeddedTestDatabase;
import dev.saldo.portal.debtor.ContactBook;
import dev.saldo.portal.debtor.Debtor;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.debtor.DebtorKind;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.payment.PaymentLinks;
import dev.saldo.portal.timeline.DebtorTimeline;
import dev.saldo.portal.timeline.DisputeReason;
import dev.saldo.portal.timeline.Disputes;
import dev.saldo.portal.timeline.TimelineKind;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reminders through a real SMTP server (GreenMail): the e-mail arrives in the debtor's language with a
 * payment link this portal verifies; with the server down a reminder waits, is retried later with a growing
 * wait, and goes out exactly once when the server is back; after the last attempt it fails, on the timeline.
 */
@SpringBootTest
class ReminderMailIT {

    static final int SMTP_PORT = freePort();
    static final Pattern LINK = Pattern.compile("https?://\\S+/pay/link/([A-Za-z0-9_.-]+)");
    static final Currency CLP = Currency.getInstance("CLP");
    static GreenMail smtp;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "reminder-mail");
        registry.add("saldo.demo.enabled", () -> "false");
        registry.add("saldo.messaging.email.enabled", () -> "true");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("saldo.reminders.dispatch-interval-millis", () -> "3600000");
        registry.add("saldo.reminders.max-attempts", () -> "3");
    }

    @TestConfiguration
    static class Time {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(LocalDate.of(2026, 6, 1).atTime(9, 0));
        }
    }

    @Autowired MovableClock clock;
    @Autowired DebtorDirectory debtors;
    @Autowired ContactBook contacts;
    @Autowired InvoiceBook invoices;
    @Autowired ReminderPlanner planner;
    @Autowired ReminderDispatcher dispatcher;
    @Autowired ReminderOutbox outbox;
    @Autowired PaymentLinks links;
    @Autowired DebtorTimeline timeline;
    @Autowired Disputes disputes;

    @BeforeEach
    void smtpUp() {
        startSmtp();
    }

    @AfterAll
    static void smtpDown() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void the_email_arrives_in_the_debtors_language_with_a_payment_link_the_portal_verifies() throws Exception {
        var english = debtor("MAIL-EN", "Bruce Wayne", "bruce@example.com", "en");
        var spanish = debtor("MAIL-ES", "Marta Fuentes", "marta@example.cl", "es");
        invoice(english, "EN-1", 2);
        invoice(spanish, "ES-1", 2);

        planner.runFor(clock.local().toLocalDate());
        assertThat(dispatcher.dispatch()).isEqualTo(2);

        assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
        var toBruce = mailTo("bruce@example.com");
        assertThat(toBruce.getSubject()).isEqualTo("Your invoice is due soon");
        var body = (String) toBruce.getContent();
        assertThat(body).startsWith("Dear Bruce Wayne,").contains("EN-1");
        var link = LINK.matcher(body);
        assertThat(link.find()).as(body).isTrue();
        var verified = links.verify(link.group(1)).orElseThrow();
        assertThat(verified.debtor()).isEqualTo(english);
        assertThat(verified.reference()).isEqualTo(outbox.of(english).getFirst().id());

        var toMarta = mailTo("marta@example.cl");
        assertThat(toMarta.getSubject()).isEqualTo("Su factura vence pronto");
        assertThat((String) toMarta.getContent()).startsWith("Estimado/a Marta Fuentes:").contains("ES-1", "vence");
        assertThat(links.verify(link.group(1) + "x")).as("a tampered token is refused").isEmpty();

        var sentAt = outbox.of(english).getFirst().sentAt();
        assertThat(outbox.dunningSentTo(english)).as("what the staff's history reads").containsExactly(sentAt);
        assertThat(outbox.dunningSentByDebtor()).containsEntry(english, java.util.List.of(sentAt))
                .containsKey(spanish);
    }

    @Test
    void with_smtp_down_a_reminder_is_retried_later_with_backoff_and_sent_exactly_once_when_it_is_back() throws Exception {
        var debtor = debtor("MAIL-DOWN", "Rosa Vidal", "rosa@example.cl", "es");
        invoice(debtor, "D-1", 2);
        smtp.stop();

        planner.runFor(clock.local().toLocalDate());
        assertThat(dispatcher.dispatch()).isZero();
        var waiting = outbox.of(debtor).getFirst();
        assertThat(waiting.status()).isEqualTo(OutboxEntry.Status.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).contains("EMAIL");
        assertThat(waiting.notBefore()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));

        dispatcher.dispatch();
        assertThat(outbox.of(debtor).getFirst().attempts()).as("not retried before the wait is over").isEqualTo(1);

        clock.advance(Duration.ofMinutes(5));
        dispatcher.dispatch();
        var again = outbox.of(debtor).getFirst();
        assertThat(again.attempts()).isEqualTo(2);
        assertThat(again.notBefore()).as("the wait doubles").isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));

        startSmtp();
        clock.advance(Duration.ofMinutes(10));
        assertThat(dispatcher.dispatch()).isEqualTo(1);
        clock.advance(Duration.ofHours(3));
        dispatcher.dispatch();
        planner.runFor(clock.local().toLocalDate());
        dispatcher.dispatch();

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals("rosa@example.cl"))).hasSize(1);
        var sent = outbox.of(debtor).getFirst();
        assertThat(sent.status()).isEqualTo(OutboxEntry.Status.SENT);
        assertThat(sent.attempts()).isEqualTo(3);
    }

    @Test
    void after_the_last_attempt_the_reminder_fails_and_the_timeline_says_so() {
        var debtor = debtor("MAIL-FAIL", "Hugo Lagos", "hugo@example.cl", "es");
        invoice(debtor, "F-1", 2);
        smtp.stop();

        planner.runFor(clock.local().toLocalDate());
        for (int i = 0; i < 4; i++) {
            dispatcher.dispatch();
            clock.advance(Duration.ofHours(1));
        }

        var failed = outbox.of(debtor).getFirst();
        assertThat(failed.status()).isEqualTo(OutboxEntry.Status.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(timeline.forStaff(debtor, PageRequest.of(0, 20)).getContent())
                .anyMatch(e -> e.kind() == TimelineKind.REMINDER_FAILED);
    }

    @Test
    void a_reminder_planned_before_the_debtor_disputed_the_invoice_is_not_sent() throws Exception {
        var debtor = debtor("MAIL-DISPUTE", "Inés Araya", "ines@example.cl", "es");
        var invoice = invoice(debtor, "X-1", 2);
        planner.runFor(clock.local().toLocalDate());
        disputes.open(debtor, invoice, DisputeReason.WRONG_AMOUNT, "");

        dispatcher.dispatch();

        assertThat(outbox.of(debtor)).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(OutboxEntry.Status.CANCELLED));
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals("ines@example.cl"))).isEmpty();
    }

    private MimeMessage mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(address)).findFirst().orElseThrow();
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private DebtorId debtor(String externalId, String name, String email, String language) {
        var debtor = debtors.register(new Debtor(null, externalId, name, DebtorKind.PERSON, null, email, null, null, "CL",
                language, null));
        contacts.update(debtor.debtorId(), new ContactDetails(List.of(new ContactDetails.Email(email, true)), List.of(), null,
                "EMAIL", language, null, null, List.of(), null));
        return debtor.debtorId();
    }

    private String invoice(DebtorId debtor, String number, int dueInDays) {
        var due = clock.local().toLocalDate().plusDays(dueInDays);
        var id = InvoiceId.of(debtor.value() + "-" + number);
        invoices.register(Invoice.of(id, debtor, number, due.minusDays(30), due,
                List.of(InvoiceLine.of(LineType.CHARGE, "Servicio", Money.ofMinor(99_000, CLP), due.minusDays(30))),
                List.of()));
        return id.value();
    }

    private static void startSmtp() {
        if (smtp != null && smtp.isRunning()) {
            return;
        }
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
