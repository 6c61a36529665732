package dev.saldo.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.twilio.http.TwilioRestClient;
import dev.saldo.domain.contact.Channel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwilioSenderTest {

    private static final String SID = "AC0123456789abcdef0123456789abcdef";
    private static final String TOKEN = "stub-auth-token";

    private TwilioStub twilio;
    private TwilioRestClient client;

    @BeforeEach
    void start() throws IOException {
        twilio = new TwilioStub();
        client = clientFor(twilio.base());
    }

    @AfterEach
    void stop() {
        twilio.close();
    }

    @Test
    void an_sms_is_posted_to_the_accounts_messages_with_basic_auth_and_the_form_fields() throws Exception {
        twilio.accepts(SID);
        var sms = new TwilioSender(Channel.SMS, "+56900000000", client);

        sms.send(new OutboundMessage("outbox-1", Channel.SMS, "+56912345678", "ignored", "Su cuota vence el lunes"));

        assertThat(twilio.received()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + SID + "/Messages.json");
            assertThat(request.authorization()).isEqualTo("Basic " + Base64.getEncoder()
                    .encodeToString((SID + ":" + TOKEN).getBytes(StandardCharsets.UTF_8)));
            assertThat(request.contentType()).startsWith("application/x-www-form-urlencoded");
            assertThat(request.form()).containsEntry("To", "+56912345678")
                    .containsEntry("From", "+56900000000")
                    .containsEntry("Body", "Su cuota vence el lunes");
        });
    }

    @Test
    void with_a_status_callback_address_twilio_is_asked_to_report_there_and_the_message_sid_comes_back() throws Exception {
        twilio.accepts(SID);
        var sms = new TwilioSender(Channel.SMS, "+56900000000", client, "https://portal.example/api/v1/webhooks/twilio/status");

        var reference = sms.send(new OutboundMessage("outbox-8", Channel.SMS, "+56912345678", null, "Hola"));

        assertThat(reference).isEqualTo(twilio.sids().getFirst()).startsWith("SM");
        assertThat(twilio.received()).singleElement().satisfies(request -> assertThat(request.form())
                .containsEntry("StatusCallback", "https://portal.example/api/v1/webhooks/twilio/status"));
    }

    @Test
    void without_a_status_callback_address_no_report_is_asked_for() throws Exception {
        twilio.accepts(SID);
        var sms = new TwilioSender(Channel.SMS, "+56900000000", client, " ");

        sms.send(new OutboundMessage("outbox-9", Channel.SMS, "+56912345678", null, "Hola"));

        assertThat(twilio.received()).singleElement()
                .satisfies(request -> assertThat(request.form()).doesNotContainKey("StatusCallback"));
    }

    @Test
    void a_whatsapp_message_prefixes_both_numbers() throws Exception {
        twilio.accepts(SID);
        var whatsapp = new TwilioSender(Channel.WHATSAPP, "+14155238886", client);

        whatsapp.send(new OutboundMessage("outbox-2", Channel.WHATSAPP, "+56912345678", null, "Hola"));

        assertThat(twilio.received()).singleElement().satisfies(request -> assertThat(request.form())
                .containsEntry("To", "whatsapp:+56912345678")
                .containsEntry("From", "whatsapp:+14155238886")
                .containsEntry("Body", "Hola"));
    }

    @Test
    void a_messaging_service_as_sender_lets_twilio_pick_the_number() throws Exception {
        twilio.accepts(SID);
        var sms = new TwilioSender(Channel.SMS, "MG0123456789abcdef0123456789abcdef", client);

        sms.send(new OutboundMessage("outbox-7", Channel.SMS, "+56912345678", null, "Hola"));

        assertThat(twilio.received()).singleElement().satisfies(request -> assertThat(request.form())
                .containsEntry("MessagingServiceSid", "MG0123456789abcdef0123456789abcdef")
                .containsEntry("To", "+56912345678")
                .doesNotContainKey("From"));
    }

    @ParameterizedTest(name = "Twilio error {1} (HTTP {0}) is for good")
    @CsvSource({
            "400, 21211, The 'To' number +5691 is not a valid phone number.",
            "400, 21610, Attempt to send to unsubscribed recipient",
            "400, 63016, Failed to send freeform message because you are outside the allowed window.",
            "400, 21602, Message body is required." })
    void a_recipient_or_request_twilio_refuses_fails_for_good(int status, int code, String message) {
        twilio.fails(status, code, message);
        var sms = new TwilioSender(Channel.SMS, "+56900000000", client);

        assertThatThrownBy(() -> sms.send(new OutboundMessage("outbox-3", Channel.SMS, "+5691", null, "Hola")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("outbox-3").contains(String.valueOf(code));
                });
    }

    @ParameterizedTest(name = "HTTP {0} (code {1}) is worth another try")
    @CsvSource({
            "429, 20429, Too Many Requests",
            "500, 20500, Internal Server Error",
            "503, 20503, Service Unavailable" })
    void throttling_and_server_errors_are_retried_later(int status, int code, String message) {
        twilio.fails(status, code, message);
        var sms = new TwilioSender(Channel.SMS, "+56900000000", client);

        assertThatThrownBy(() -> sms.send(new OutboundMessage("outbox-4", Channel.SMS, "+56912345678", null, "x")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isTrue());
        assertThat(twilio.received()).isNotEmpty();
    }

    @Test
    void twilio_out_of_reach_is_worth_another_try() throws IOException {
        URI nobody;
        try (var socket = new ServerSocket(0)) {
            nobody = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        var sms = new TwilioSender(Channel.SMS, "+56900000000", clientFor(nobody));

        assertThatThrownBy(() -> sms.send(new OutboundMessage("outbox-5", Channel.SMS, "+56912345678", null, "x")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void a_message_for_another_channel_is_refused_without_calling_twilio() {
        var sms = new TwilioSender(Channel.SMS, "+56900000000", client);

        assertThatThrownBy(() -> sms.send(new OutboundMessage("outbox-6", Channel.WHATSAPP, "+56912345678", null, "x")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isFalse());
        assertThat(twilio.received()).isEmpty();
    }

    private static TwilioRestClient clientFor(URI base) {
        return new TwilioRestClient.Builder(SID, TOKEN).httpClient(new TwilioApiBase(base)).build();
    }
}
