package dev.saldo.portal.debtor;

import static dev.saldo.portal.api.ApiClient.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.saldo.domain.api.ContactDetails;
import dev.saldo.domain.api.Problem;
import dev.saldo.portal.EmbeddedTestDatabase;
import dev.saldo.portal.api.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The full contact record over the API: refused whole with every wrong field named, saved whole, and a new
 * primary e-mail confirmed by a link that arrives at the new address (GreenMail) in the debtor's language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactRecordIT {

    private static final Pattern LINK = Pattern.compile("http://\\S+/contact/confirm/([A-Za-z0-9_-]+)");

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "contact");
        registry.add("saldo.demo.enabled", () -> "true");
        registry.add("saldo.demo.debtors", () -> "2");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("saldo.contact.outbox-interval-millis", () -> "300");
    }

    @LocalServerPort
    int port;

    @Autowired
    ContactBook contacts;

    @Autowired
    MongoTemplate mongo;

    private ApiClient bruno() {
        return ApiClient.anonymous(port).basic("bruno", "bruno123");
    }

    private Debtor debtor(String externalId) {
        return mongo.findOne(Query.query(Criteria.where("externalId").is(externalId)), Debtor.class);
    }

    private static ContactDetails complete(String primaryEmail, String language) {
        return new ContactDetails(
                List.of(new ContactDetails.Email(primaryEmail, true), new ContactDetails.Email("bruno@work.example", false)),
                List.of(new ContactDetails.Phone("+14155550100", true), new ContactDetails.Phone("+14155550111", false)),
                new ContactDetails.PostalAddress("1 Market St", "San Francisco", "CA", "94105", "US"),
                "WHATSAPP", language, new ContactDetails.QuietHours("21:00", "08:00"),
                new ContactDetails.BackupContact("Maria Keller", "sister", "+14155550122"), List.of("SMS"), null);
    }

    @Test
    void an_invalid_record_is_refused_whole_with_each_wrong_field_named() {
        var before = read(bruno().get("/api/v1/me/contact"), ContactDetails.class);
        var bad = new ContactDetails(List.of(new ContactDetails.Email("bruno@@example", true)),
                List.of(new ContactDetails.Phone("415 555 0100", true)), null, "FAX", "de",
                new ContactDetails.QuietHours("9pm", "08:00"), new ContactDetails.BackupContact("Maria", "", "+1"), null,
                null);

        var refused = bruno().language("en").put("/api/v1/me/contact", bad);

        assertThat(refused.statusCode()).isEqualTo(400);
        var problem = read(refused, Problem.class);
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactlyInAnyOrder(
                "emails[0].address", "phones[0].number", "preferredChannel", "language", "quietHours.from",
                "backupContact.relation", "backupContact.phone");
        assertThat(problem.errors()).filteredOn(e -> e.field().equals("phones[0].number"))
                .extracting(Problem.FieldError::message).first().asString().contains("country code");
        assertThat(read(bruno().get("/api/v1/me/contact"), ContactDetails.class)).isEqualTo(before);
    }

    @Test
    void a_new_primary_email_becomes_primary_only_once_its_link_is_opened() throws Exception {
        var debtor = debtor("DEMO-BRUNO");
        var oldEmail = debtor.email();

        var saved = bruno().put("/api/v1/me/contact", complete("bruno.new@example.org", "en"));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        var pending = read(bruno().get("/api/v1/me/contact"), ContactDetails.class);
        assertThat(pending.primaryEmail()).as("the confirmed address stays primary").isEqualTo(oldEmail);
        assertThat(pending.pendingEmail()).isEqualTo("bruno.new@example.org");
        assertThat(pending.preferredChannel()).isEqualTo("WHATSAPP");
        assertThat(pending.quietHours()).isEqualTo(new ContactDetails.QuietHours("21:00", "08:00"));
        assertThat(pending.optedOutChannels()).containsExactly("SMS");
        assertThat(debtor("DEMO-BRUNO").phone()).isEqualTo("+14155550100");

        assertThat(MAIL.waitForIncomingEmail(15_000, 1)).as("the confirmation e-mail arrives").isTrue();
        var mail = MAIL.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("bruno.new@example.org");
        assertThat(mail.getSubject()).isEqualTo("Confirm your new e-mail for Saldo");
        var matcher = LINK.matcher(GreenMailUtil.getBody(mail));
        assertThat(matcher.find()).isTrue();
        var token = matcher.group(1);

        var ana = mongo.findOne(Query.query(Criteria.where("name").is("Ana Martínez Rojas")), Debtor.class);
        assertThat(contacts.confirmEmail(ana.debtorId(), token)).as("another debtor's link does nothing").isFalse();
        assertThat(contacts.confirmEmail(debtor.debtorId(), token)).isTrue();
        assertThat(contacts.confirmEmail(debtor.debtorId(), token)).as("a link works once").isFalse();

        var confirmed = read(bruno().get("/api/v1/me/contact"), ContactDetails.class);
        assertThat(confirmed.primaryEmail()).isEqualTo("bruno.new@example.org");
        assertThat(confirmed.pendingEmail()).isNull();
        assertThat(debtor("DEMO-BRUNO").email()).isEqualTo("bruno.new@example.org");
    }
}
