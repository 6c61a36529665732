package dev.saldo.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;


import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.debtor.ContactBook;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.identity.AccountDirectory;
import dev.saldo.portal.identity.SaldoUser;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.timeline.DebtorTimeline;
import dev.saldo.portal.EmbeddedTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A debtor downloads their own data, and only theirs; a supervisor erases a debtor and the invoices stay.
 * Requests go through the identity capability's real {@code /api/**} chain.
 */
@SpringBootTest
class PersonalDataIT {

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "privacy");
    }

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    DebtorDirectory debtors;

    @Autowired
    InvoiceBook invoices;

    @Autowired
    DebtorErasure erasure;

    @Autowired
    ContactBook contacts;

    @Autowired
    DebtorTimeline timeline;

    private MockMvc mvc;
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void a_debtor_downloads_their_own_personal_data_as_a_json_attachment() throws Exception {
        var ana = (SaldoUser) accounts.loadUserByUsername("ana");
        var response = mvc.perform(get("/api/v1/me/personal-data").with(user(ana))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains("saldo-personal-data.json");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");

        JsonNode data = json.readTree(response.getContentAsByteArray());
        var debtor = debtors.find(ana.debtorId().orElseThrow()).orElseThrow();
        assertThat(data.get("debtor").get("name").asString()).isEqualTo(debtor.name());
        assertThat(data.get("debtor").get("email").asString()).isEqualTo(debtor.email());
        assertThat(data.get("logins").toString()).contains("\"ana\"");
        var anasInvoices = invoices.allOf(ana.debtorId().orElseThrow());
        assertThat(data.get("invoices").size()).isEqualTo(anasInvoices.size()).isPositive();
        assertThat(data.get("invoices").get(0).get("dueDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");

        var contact = contacts.find(ana.debtorId().orElseThrow()).orElseThrow();
        assertThat(data.get("contact").get("emails").get(0).get("address").asString())
                .isEqualTo(contact.emails().getFirst().address());
        assertThat(data.get("contact").has("quietHours")).isTrue();

        // Her timeline, as she sees it on "Mi historial", in her language, oldest first; staff notes stay out.
        var anaId = ana.debtorId().orElseThrow();
        timeline.sendMessage(anaId, "¿Puedo pagar el viernes?");
        timeline.addNote(anaId, "carla", "Nota interna de prueba");
        var exported = json.readTree(mvc.perform(get("/api/v1/me/personal-data").with(user(ana))).andReturn()
                .getResponse().getContentAsByteArray()).get("timeline");
        var seen = timeline.forDebtor(anaId, org.springframework.data.domain.PageRequest.of(0, 1000)).getContent();
        assertThat(exported.size()).isEqualTo(seen.size()).isPositive();
        var last = exported.get(exported.size() - 1);
        assertThat(last.get("kind").asString()).isEqualTo("DEBTOR_MESSAGE");
        assertThat(last.get("text").asString()).isEqualTo("Mensaje: ¿Puedo pagar el viernes?");
        assertThat(exported.toString()).doesNotContain("Nota interna de prueba");

        // Another debtor (the demo's Bruno Keller) never appears, nor any password hash.
        assertThat(response.getContentAsString()).doesNotContain("Keller").doesNotContain("passwordHash");
    }

    @Test
    void staff_and_anonymous_visitors_get_no_debtor_data_from_it() throws Exception {
        var diego = accounts.loadUserByUsername("diego");
        assertThat(mvc.perform(get("/api/v1/me/personal-data").with(user(diego))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        var anonymous = mvc.perform(get("/api/v1/me/personal-data")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getContentAsString()).doesNotContain("invoices");
    }

    @Test
    void erasing_a_debtor_replaces_their_personal_data_disables_their_login_and_keeps_their_invoices() {
        var bruno = ((SaldoUser) accounts.loadUserByUsername("bruno")).debtorId().orElseThrow();
        var before = debtors.find(bruno).orElseThrow();
        var invoicesBefore = invoices.allOf(bruno);
        assertThat(invoicesBefore).isNotEmpty();

        assertThat(erasure.erase(before.externalId(), "REQ-2026-0042", "diego")).isEqualTo(DebtorErasure.Outcome.ERASED);

        var after = debtors.find(bruno).orElseThrow();
        assertThat(after.name()).isEqualTo(DebtorDirectory.ERASED_NAME);
        assertThat(after.email()).isNull();
        assertThat(after.phone()).isNull();
        assertThat(after.taxId()).isNull();
        assertThat(after.postalCode()).isNull();
        assertThat(after.externalId()).isEqualTo(before.externalId());
        assertThat(invoices.allOf(bruno)).hasSameSizeAs(invoicesBefore)
                .extracting(i -> i.openBalance()).containsExactlyElementsOf(invoicesBefore.stream().map(i -> i.openBalance()).toList());
        assertThatThrownBy(() -> accounts.loadUserByUsername("bruno")).isInstanceOf(UsernameNotFoundException.class);
        assertThat(accounts.usernamesOf(bruno)).allSatisfy(name -> assertThat(name).startsWith("erased-"));

        assertThat(erasure.erase(before.externalId(), "REQ-2026-0042", "diego")).isEqualTo(DebtorErasure.Outcome.ALREADY_ERASED);
        assertThat(erasure.erase("no-such-debtor", "REQ-1", "diego")).isEqualTo(DebtorErasure.Outcome.NOT_FOUND);
        assertThat(debtors.find(DebtorId.of(after.id()))).isPresent();
    }
}
