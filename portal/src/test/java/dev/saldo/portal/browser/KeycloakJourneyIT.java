package dev.saldo.portal.browser;

import static dev.saldo.portal.api.ApiClient.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.saldo.domain.api.ContactDetails;
import dev.saldo.domain.api.Problem;
import dev.saldo.domain.api.Summary;
import dev.saldo.domain.money.MoneyFormat;
import dev.saldo.portal.api.ApiClient;
import dev.saldo.portal.keycloak.KeycloakServer;
import dev.saldo.portal.identity.AccountDirectory;
import dev.saldo.portal.identity.SaldoUser;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.invoice.InvoiceFilter;
import dev.saldo.portal.privacy.DebtorErasure;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal in Keycloak mode against a real Keycloak: Ana signs in on Keycloak's own page and out
 * again (ending her Keycloak session), the API accepts the realm's tokens and nothing else, and a
 * contact e-mail change reaches Keycloak.
 */
class KeycloakJourneyIT extends BrowserTest {

    private static final String ANA_SUBJECT = "5a1d0000-0000-4000-8000-000000000001";

    @DynamicPropertySource
    static void keycloakMode(DynamicPropertyRegistry registry) {
        registry.add("saldo.identity.issuer-uri", KeycloakServer::issuer);
        registry.add("saldo.identity.client-secret", () -> "saldo-portal-dev-secret");
        registry.add("saldo.identity.admin.username", () -> "admin");
        registry.add("saldo.identity.admin.password", () -> "admin");
        registry.add("saldo.identity.clock-skew", () -> "0s");
    }

    @Autowired
    InvoiceBook invoices;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    DebtorErasure erasure;

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Autowired
    dev.saldo.portal.debtor.ContactBook contacts;

    private static ContactDetails withPrimaryEmail(ContactDetails contact, String address) {
        return new ContactDetails(java.util.List.of(new ContactDetails.Email(address, true)), contact.phones(),
                contact.postalAddress(), contact.preferredChannel(), contact.language(), contact.quietHours(),
                contact.backupContact(), contact.optedOutChannels(), null);
    }

    @Test
    void ana_signs_in_on_keycloaks_page_sees_her_balance_and_signs_out_of_keycloak_too() {
        var ana = invoices.page(debtorOf("ana"), InvoiceFilter.ALL, PageRequest.of(0, 1)).getContent().getFirst();
        var balance = invoices.balanceOf(debtorOf("ana")).balances().getFirst();
        System.out.println("Keycloak start in this run: " + KeycloakServer.startTime().toSeconds() + " s");

        signOutEverywhere();
        driver.get(url(""));
        waitForKeycloakLogin();
        assertThat(driver.getCurrentUrl()).startsWith(KeycloakServer.issuer()).contains("ui_locales=es");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        screenshot("10-keycloak-login-es");

        driver.findElement(By.id("username")).sendKeys("ana");
        driver.findElement(By.id("password")).sendKeys("ana123");
        driver.findElement(By.id("kc-login")).click();
        waitFor(By.id("total-CLP-value"));
        waitForVaadin();
        assertThat(driver.getCurrentUrl()).startsWith(url(""));
        assertThat(text(By.id("current-user"))).isEqualTo("Ana Martínez Rojas");
        assertThat(text(By.id("total-CLP-value")))
                .isEqualTo(asShown(MoneyFormat.format(balance.totalOwed(), Locale.forLanguageTag("es"))));
        assertAccessible("balance through Keycloak");
        screenshot("11-keycloak-balance-es");
        open("invoices/" + ana.id());
        waitOrExplain(By.id("invoice-title"), "invoice-detail-missing");

        waitFor(By.id("logout")).click(); // leaves the portal for Keycloak: no Vaadin to wait for
        // Back on the portal without a session, which sends her to Keycloak: if Keycloak's session
        // had survived she would be signed straight back in instead of seeing the form.
        waitForKeycloakLogin();
        assertThat(driver.getCurrentUrl()).startsWith(KeycloakServer.issuer());
        screenshot("12-keycloak-after-logout");
        driver.get(url("balance"));
        waitForKeycloakLogin();
    }

    @Test
    void the_api_accepts_a_token_from_the_realm_and_scopes_it_to_its_debtor() {
        var anaApi = ApiClient.anonymous(port).bearer(KeycloakServer.accessToken("ana", "ana123"));
        var summary = read(anaApi.get("/api/v1/me/summary"), Summary.class);
        assertThat(summary.balances().getFirst().totalOwed().toMoney())
                .isEqualTo(invoices.balanceOf(debtorOf("ana")).balances().getFirst().totalOwed());

        var anas = invoices.page(debtorOf("ana"), InvoiceFilter.ALL, PageRequest.of(0, 1)).getContent().getFirst();
        assertThat(anaApi.get("/api/v1/me/invoices/" + anas.id()).statusCode()).isEqualTo(200);
        var brunoApi = ApiClient.anonymous(port).bearer(KeycloakServer.accessToken("bruno", "bruno123"));
        assertThat(brunoApi.get("/api/v1/me/invoices/" + anas.id()).statusCode()).isEqualTo(404);
        var carlaApi = ApiClient.anonymous(port).bearer(KeycloakServer.accessToken("carla", "carla123"));
        assertThat(carlaApi.get("/api/v1/me/summary").statusCode()).isEqualTo(403);

        var basic = ApiClient.anonymous(port).basic("ana", "ana123").get("/api/v1/me/summary");
        assertThat(basic.statusCode()).as("built-in passwords are not accepted in Keycloak mode").isEqualTo(401);
        assertThat(basic.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void a_token_from_another_issuer_or_signed_with_another_key_is_rejected() throws Exception {
        var foreign = forgedToken("http://127.0.0.1:9/realms/saldo");
        var sameIssuerOtherKey = forgedToken(KeycloakServer.issuer());
        for (var token : List.of(foreign, sameIssuerOtherKey, "not-a-jwt")) {
            var response = ApiClient.anonymous(port).bearer(token).language("en").get("/api/v1/me/summary");
            assertThat(response.statusCode()).isEqualTo(401);
            var problem = read(response, Problem.class);
            assertThat(problem.type()).isEqualTo("https://saldo.example/problems/unauthorized");
            assertThat(problem.title()).isEqualTo("Sign-in required");
        }
    }

    @Test
    void an_expired_token_is_rejected() throws Exception {
        try (var admin = KeycloakServer.admin()) {
            var clients = admin.realm("saldo").clients();
            var client = clients.findByClientId("saldo-tests").getFirst();
            client.getAttributes().put("access.token.lifespan", "1");
            clients.get(client.getId()).update(client);
            try {
                var token = KeycloakServer.accessToken("ana", "ana123");
                Thread.sleep(Duration.ofMillis(2500));
                var response = ApiClient.anonymous(port).bearer(token).get("/api/v1/me/summary");
                assertThat(response.statusCode()).isEqualTo(401);
            } finally {
                // An attribute left out of an update is kept, not removed: put the realm's 5 minutes back.
                client.getAttributes().put("access.token.lifespan", "300");
                clients.get(client.getId()).update(client);
            }
        }
    }

    @Test
    void a_new_contact_email_becomes_the_keycloak_users_email() {
        try (var admin = KeycloakServer.admin()) {
            var user = admin.realm("saldo").users().get(ANA_SUBJECT);
            var before = user.toRepresentation().getEmail();
            var api = ApiClient.anonymous(port).bearer(KeycloakServer.accessToken("ana", "ana123"));
            var contact = read(api.get("/api/v1/me/contact"), ContactDetails.class);
            try {
                var changed = api.put("/api/v1/me/contact", withPrimaryEmail(contact, "ana.nueva@example.com"));
                assertThat(changed.statusCode()).isEqualTo(200);
                assertThat(user.toRepresentation().getEmail()).as("not before the new address is confirmed")
                        .isEqualTo(before);
                var link = mongo.findOne(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("address").is("ana.nueva@example.com")),
                        org.bson.Document.class, "email_confirmations").getString("link");
                assertThat(contacts.confirmEmail(debtorOf("ana"), link.substring(link.lastIndexOf('/') + 1))).isTrue();
                assertThat(user.toRepresentation().getEmail()).isEqualTo("ana.nueva@example.com");
                var refused = api.put("/api/v1/me/contact", withPrimaryEmail(contact, "ana@@example"));
                assertThat(refused.statusCode()).isEqualTo(400);
                assertThat(user.toRepresentation().getEmail()).as("a refused change reaches nobody")
                        .isEqualTo("ana.nueva@example.com");
            } finally {
                api.put("/api/v1/me/contact", contact);
                var restore = user.toRepresentation();
                restore.setEmail(before);
                restore.setEmailVerified(true);
                user.update(restore);
            }
        }
    }

    @Test
    void activating_a_debtor_in_keycloak_mode_creates_a_keycloak_user_whose_token_reaches_that_debtor() {
        var debtor = mongo.findOne(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("externalId").is("DEMO-003")),
                dev.saldo.portal.debtor.Debtor.class);
        var username = "demo003." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        accounts.activateDebtor(debtor.debtorId(), username, username, debtor.name(), "una clave segura 2026");

        try (var admin = KeycloakServer.admin()) {
            var created = admin.realm("saldo").users().searchByUsername(username, true).getFirst();
            assertThat(admin.realm("saldo").users().get(created.getId()).roles().realmLevel().listEffective())
                    .extracting(org.keycloak.representations.idm.RoleRepresentation::getName).contains("debtor");
        }
        var api = ApiClient.anonymous(port).bearer(KeycloakServer.accessToken(username, "una clave segura 2026"));
        var response = api.get("/api/v1/me/summary");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var summary = read(response, Summary.class);
        assertThat(summary.balances()).extracting(b -> b.totalOwed().toMoney())
                .containsExactlyElementsOf(invoices.balanceOf(debtor.debtorId()).balances().stream()
                        .map(b -> b.totalOwed()).toList());
        var contact = api.get("/api/v1/me/contact");
        assertThat(contact.statusCode()).as(contact.body()).isEqualTo(200);
        assertThat(read(contact, ContactDetails.class).primaryEmail()).isEqualTo(debtor.email());
    }

    @Test
    void erasing_an_activated_debtor_deletes_the_keycloak_user_and_turns_a_circulating_token_away() {
        var debtor = mongo.findOne(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("externalId").is("DEMO-004")),
                dev.saldo.portal.debtor.Debtor.class);
        var username = "demo004." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        accounts.activateDebtor(debtor.debtorId(), username, username, debtor.name(), "otra clave segura 2026");
        var api = ApiClient.anonymous(port).bearer(KeycloakServer.accessToken(username, "otra clave segura 2026"));
        assertThat(api.get("/api/v1/me/summary").statusCode()).isEqualTo(200);

        assertThat(erasure.erase("DEMO-004", "REQ-KC-1", "diego")).isEqualTo(DebtorErasure.Outcome.ERASED);

        try (var admin = KeycloakServer.admin()) {
            assertThat(admin.realm("saldo").users().searchByUsername(username, true)).as("the realm user is gone").isEmpty();
        }
        var after = api.get("/api/v1/me/summary");
        assertThat(after.statusCode()).as("a token issued before the erasure reaches nothing: " + after.body())
                .isEqualTo(403);
    }

    /** Keycloak's own sign-in form; on a timeout, says where the browser was instead. */
    private void waitForKeycloakLogin() {
        waitOrExplain(By.id("kc-login"), "keycloak-login-missing");
    }

    private void waitOrExplain(By element, String screenshot) {
        try {
            waitFor(element);
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot(screenshot);
            var source = driver.getPageSource();
            throw new AssertionError("No " + element + " at " + driver.getCurrentUrl() + ": "
                    + source.substring(0, Math.min(2000, source.length())), e);
        }
    }

    private static String forgedToken(String issuer) throws Exception {
        var key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        var claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(ANA_SUBJECT)
                .audience("saldo-portal")
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .claim("preferred_username", "ana")
                .claim("realm_access", Map.of("roles", List.of("debtor")))
                .build();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private dev.saldo.domain.debtor.DebtorId debtorOf(String username) {
        return ((SaldoUser) accounts.loadUserByUsername(username)).debtorId().orElseThrow();
    }
}
