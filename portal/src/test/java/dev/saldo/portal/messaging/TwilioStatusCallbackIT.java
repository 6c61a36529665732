package dev.saldo.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.saldo.domain.api.ContactDetails;
import dev.saldo.domain.contact.Channel;
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
import dev.saldo.portal.reminders.OutboxEntry;
import dev.saldo.portal.reminders.ReminderDispatcher;
import dev.saldo.portal.reminders.ReminderOutbox;
import dev.saldo.portal.reminders.ReminderPlanner;
import dev.saldo.portal.timeline.DebtorTimeline;
import dev.saldo.portal.timeline.TimelineKind;
import jakarta.mail.internet.MimeMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Twilio's delivery reports, end to end: a reminder goes out by SMS to a local Twilio stand-in, which is asked to
 * report to the portal's public address; reports are posted over HTTP, signed here the way Twilio signs them
 * (HMAC-SHA1 of the address and the sorted fields with the auth token). Undelivered SMS go out by e-mail
 * (GreenMail), once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TwilioStatusCallbackIT {

    static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    static final String TOKEN = "callback-test-auth-token";
    static final String PUBLIC_URL = "https://portal.example/api/v1/webhooks/twilio/status";
    static final Currency CLP = Currency.getInstance("CLP");
    static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
    static final int SMTP_PORT = freePort();
    static final TwilioStub TWILIO = startTwilio();
    static final GreenMail SMTP = startSmtp();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "twilio-status");
        registry.add("saldo.demo.enabled", () -> "false");
        registry.add("saldo.reminders.dispatch-interval-millis", () -> "3600000");
        registry.add("saldo.messaging.twilio.account-sid", () -> ACCOUNT);
        registry.add("saldo.messaging.twilio.auth-token", () -> TOKEN);
        registry.add("saldo.messaging.twilio.sms-from", () -> "+56900000000");
        registry.add("saldo.messaging.twilio.api-base", () -> TWILIO.base().toString());
        registry.add("saldo.messaging.twilio.status-callback-url", () -> PUBLIC_URL);
        registry.add("saldo.messaging.email.enabled", () -> "true");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @TestConfiguration
    static class Time {

        /** A Wednesday morning: a sending day, no quiet hours. */
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(LocalDate.of(2026, 6, 3).atTime(10, 0).atZone(SANTIAGO).toInstant(), SANTIAGO);
        }
    }

    @LocalServerPort int port;
    @Autowired Clock clock;
    @Autowired DebtorDirectory debtors;
    @Autowired ContactBook contacts;
    @Autowired InvoiceBook invoices;
    @Autowired ReminderPlanner planner;
    @Autowired ReminderDispatcher dispatcher;
    @Autowired ReminderOutbox outbox;
    @Autowired DebtorTimeline timeline;
    @Autowired MongoTemplate mongo;

    @AfterAll
    static void stop() {
        TWILIO.close();
        SMTP.stop();
    }

    @Test
    void a_reminder_sent_by_sms_asks_twilio_to_report_to_the_public_address_and_keeps_the_message_sid() {
        var entry = sentBySms("TW-ASK", "+56911110001", "ask@example.cl");

        var request = TWILIO.received().stream().filter(r -> "+56911110001".equals(r.form().get("To"))).findFirst()
                .orElseThrow();
        assertThat(request.form()).containsEntry("StatusCallback", PUBLIC_URL);
        assertThat(entry.providerRef()).startsWith("SM").isIn(TWILIO.sids());
        assertThat(entry.providerRefs()).containsExactly(entry.providerRef());
    }

    @Test
    void a_delivered_report_is_recorded_once_and_a_late_sent_or_undelivered_changes_nothing() throws Exception {
        var entry = sentBySms("TW-DELIVERED", "+56911110002", "delivered@example.cl");

        assertThat(post(signed(report(entry.providerRef(), "delivered"))).statusCode()).isEqualTo(204);
        var delivered = outbox.find(entry.id()).orElseThrow();
        assertThat(delivered.deliveredAt()).isEqualTo(clock.instant());
        assertThat(delivered.status()).isEqualTo(OutboxEntry.Status.SENT);

        assertThat(post(signed(report(entry.providerRef(), "sent"))).statusCode()).isEqualTo(204);
        assertThat(post(signed(report(entry.providerRef(), "undelivered"))).statusCode()).isEqualTo(204);
        assertThat(outbox.find(entry.id()).orElseThrow()).isEqualTo(delivered);
    }

    @Test
    void an_undelivered_sms_goes_out_once_by_email_and_repeated_reports_change_nothing() throws Exception {
        var debtor = debtor("TW-UNDELIVERED", "+56911110003", "undelivered@example.cl");
        var entry = sentBySms(debtor);
        assertThat(lastChannel(debtor)).isEqualTo("SMS");

        var undelivered = signed(report(entry.providerRef(), "undelivered"));
        undelivered.put("ErrorCode", "30003");
        undelivered = signed(unsigned(undelivered));
        assertThat(post(undelivered).statusCode()).isEqualTo(204);

        var waiting = outbox.find(entry.id()).orElseThrow();
        assertThat(waiting.status()).isEqualTo(OutboxEntry.Status.PENDING);
        assertThat(waiting.failedChannels()).containsExactly(Channel.SMS);
        assertThat(waiting.lastError()).contains("undelivered", "30003");
        assertThat(lastChannel(debtor)).as("SMS no longer counts as the channel that works").isNull();
        assertThat(timeline.forStaff(debtor, PageRequest.of(0, 20)).getContent())
                .anyMatch(e -> e.kind() == TimelineKind.REMINDER_FAILED);

        assertThat(post(undelivered).statusCode()).as("Twilio repeats itself").isEqualTo(204);
        dispatcher.dispatch();
        assertThat(post(undelivered).statusCode()).as("a report about the earlier try").isEqualTo(204);
        dispatcher.dispatch();

        var resent = outbox.find(entry.id()).orElseThrow();
        assertThat(resent.status()).isEqualTo(OutboxEntry.Status.SENT);
        assertThat(resent.sentChannel()).isEqualTo(Channel.EMAIL);
        assertThat(resent.providerRefs()).containsExactly(entry.providerRef());
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> to(m).equals("undelivered@example.cl")))
                .hasSize(1);
        assertThat(TWILIO.received().stream().filter(r -> "+56911110003".equals(r.form().get("To")))).hasSize(1);
        assertThat(lastChannel(debtor)).isEqualTo("EMAIL");
    }

    @Test
    void unsigned_forged_and_altered_reports_are_refused_with_a_problem_and_change_nothing() throws Exception {
        var entry = sentBySms("TW-FORGED", "+56911110004", "forged@example.cl");
        var genuine = signed(report(entry.providerRef(), "delivered"));

        var unsigned = post(unsigned(genuine));
        assertThat(unsigned.statusCode()).isEqualTo(400);
        assertThat(unsigned.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(unsigned.body()).contains("webhook-signature");

        var forged = unsigned(genuine);
        forged.put("X-Twilio-Signature", sign("not-the-token", PUBLIC_URL, forged));
        assertThat(post(forged).statusCode()).isEqualTo(400);

        var altered = new LinkedHashMap<>(signed(report(entry.providerRef(), "delivered")));
        altered.put("MessageStatus", "undelivered");
        assertThat(post(altered).statusCode()).as("a genuine signature over other fields").isEqualTo(400);

        var otherAddress = unsigned(genuine);
        otherAddress.put("X-Twilio-Signature", sign(TOKEN, "http://localhost:" + port + TwilioStatusController.PATH,
                otherAddress));
        assertThat(post(otherAddress).statusCode()).as("signed for another address").isEqualTo(400);

        assertThat(outbox.find(entry.id()).orElseThrow()).isEqualTo(entry);
    }

    @Test
    void a_signed_report_about_a_message_not_sent_from_here_is_not_found() throws Exception {
        var response = post(signed(report("SM00000000000000000000000000000bad", "undelivered")));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("not-found");
    }

    private OutboxEntry sentBySms(String externalId, String phone, String email) {
        return sentBySms(debtor(externalId, phone, email));
    }

    private OutboxEntry sentBySms(DebtorId debtor) {
        var due = LocalDate.now(clock).plusDays(2);
        var id = InvoiceId.of(debtor.value() + "-1");
        invoices.register(Invoice.of(id, debtor, "INV-" + debtor.value(), due.minusDays(30), due,
                List.of(InvoiceLine.of(LineType.CHARGE, "Servicio", Money.ofMinor(50_000, CLP), due.minusDays(30))),
                List.of()));
        planner.runFor(LocalDate.now(clock));
        dispatcher.dispatch();
        var entry = outbox.of(debtor).getFirst();
        assertThat(entry.status()).isEqualTo(OutboxEntry.Status.SENT);
        assertThat(entry.sentChannel()).isEqualTo(Channel.SMS);
        return entry;
    }

    private DebtorId debtor(String externalId, String phone, String email) {
        var debtor = debtors.register(new Debtor(null, externalId, "Deudor " + externalId, DebtorKind.PERSON, null, email,
                phone, null, "CL", "es", null));
        contacts.update(debtor.debtorId(), new ContactDetails(List.of(new ContactDetails.Email(email, true)),
                List.of(new ContactDetails.Phone(phone, true)), null, "SMS", "es", null, null, List.of(), null));
        return debtor.debtorId();
    }

    private String lastChannel(DebtorId debtor) {
        var known = mongo.findById(debtor.value(), Document.class, "reminder_last_channels");
        return known == null ? null : known.getString("channel");
    }

    /** The fields Twilio posts to a status callback. */
    private static Map<String, String> report(String sid, String status) {
        var form = new LinkedHashMap<String, String>();
        form.put("MessageSid", sid);
        form.put("SmsSid", sid);
        form.put("AccountSid", ACCOUNT);
        form.put("From", "+56900000000");
        form.put("To", "+56911110000");
        form.put("MessageStatus", status);
        form.put("SmsStatus", status);
        form.put("ApiVersion", "2010-04-01");
        return form;
    }

    /** The fields with the header Twilio would send, kept under the key X-Twilio-Signature. */
    private static Map<String, String> signed(Map<String, String> form) {
        var signed = new LinkedHashMap<>(form);
        signed.put("X-Twilio-Signature", sign(TOKEN, PUBLIC_URL, form));
        return signed;
    }

    private static Map<String, String> unsigned(Map<String, String> form) {
        var plain = new LinkedHashMap<>(form);
        plain.remove("X-Twilio-Signature");
        return plain;
    }

    /** Twilio's scheme: Base64(HMAC-SHA1(auth token, address + every field name and value, sorted by name)). */
    static String sign(String token, String url, Map<String, String> form) {
        var data = new StringBuilder(url);
        new TreeMap<>(form).forEach((name, value) -> {
            if (!"X-Twilio-Signature".equals(name)) {
                data.append(name).append(value);
            }
        });
        try {
            var mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> post(Map<String, String> fields) throws IOException, InterruptedException {
        var form = fields.entrySet().stream().filter(e -> !"X-Twilio-Signature".equals(e.getKey()))
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + TwilioStatusController.PATH))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (fields.containsKey("X-Twilio-Signature")) {
            request.header("X-Twilio-Signature", fields.get("X-Twilio-Signature"));
        }
        try (var http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TwilioStub startTwilio() {
        try {
            var stub = new TwilioStub();
            stub.accepts(ACCOUNT);
            return stub;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail startSmtp() {
        var smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        return smtp;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
