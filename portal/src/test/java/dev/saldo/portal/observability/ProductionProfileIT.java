package dev.saldo.portal.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import dev.saldo.portal.EmbeddedTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal in its production profile: probes and Prometheus on the management port only, readiness that
 * follows Keycloak and Stripe when they are configured, and JSON log lines that carry the request id and
 * nothing secret.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "saldo.observability.health-cache-for=PT0S", "STRIPE_SECRET_KEY=sk_test_never_shown"})
@ActiveProfiles("prod")
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileIT {

    private static final AtomicInteger KEYCLOAK_STATUS = new AtomicInteger(200);
    private static final HttpServer PROVIDERS = providers();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        var base = "http://127.0.0.1:" + PROVIDERS.getAddress().getPort();
        EmbeddedTestDatabase.register(registry, "prod");
        registry.add("saldo.identity.issuer-uri", () -> base + "/realms/saldo");
        registry.add("saldo.observability.stripe-api-url", () -> base + "/stripe/v1");
    }

    @AfterAll
    static void stopProviders() {
        PROVIDERS.stop(0);
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    BusinessMetrics metrics;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void prometheus_is_scraped_on_the_management_port_and_absent_from_the_public_one() throws Exception {
        metrics.paymentSucceeded("CLP");
        var scrape = get(managementPort, "/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("saldo_payments_total{currency=\"clp\",outcome=\"succeeded\"}");
        assertThat(get(port, "/actuator/prometheus").body()).doesNotContain("saldo_payments_total");
        assertThat(get(port, "/actuator/health").body()).as("probes are not public either").doesNotContain("\"status\"");
        var env = get(managementPort, "/actuator/env");
        assertThat(env.statusCode()).isIn(302, 401, 404);
        assertThat(env.body()).doesNotContain("propertySources");
    }

    @Test
    void readiness_follows_keycloak_when_it_is_configured_while_liveness_does_not() throws Exception {
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
        KEYCLOAK_STATUS.set(503);
        try {
            var notReady = get(managementPort, "/actuator/health/readiness");
            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(notReady.body()).doesNotContain("sk_test_never_shown").doesNotContain("127.0.0.1");
            assertThat(get(managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);
        } finally {
            KEYCLOAK_STATUS.set(200);
        }
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void a_request_logs_one_json_line_with_its_id_and_no_token(CapturedOutput output) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login?access_token=query-secret-456"))
                .header("Authorization", "Bearer header-secret-123")
                .header("X-Request-Id", "test-request-0001").GET().build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("test-request-0001");

        var json = JsonMapper.builder().build();
        var lines = output.getOut().lines().filter(line -> line.contains("test-request-0001")).toList();
        assertThat(lines).isNotEmpty();
        for (var line : lines) {
            var node = json.readTree(line);
            assertThat(node.get("requestId").asString()).isEqualTo("test-request-0001");
            assertThat(node.has("@timestamp")).isTrue();
        }
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("GET /login 200"));
        assertThat(output.getAll()).doesNotContain("header-secret-123").doesNotContain("query-secret-456")
                .doesNotContain("sk_test_never_shown");
    }

    @Test
    void behind_a_tls_proxy_pages_demand_https_from_then_on_and_may_post_only_to_the_portal_and_keycloak() throws Exception {
        var viaProxy = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        var plain = get(port, "/login");

        assertThat(viaProxy.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).as("never over plain HTTP").isEmpty();
        assertThat(viaProxy.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("form-action 'self' http://127.0.0.1:" + PROVIDERS.getAddress().getPort()));
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpServer providers() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/realms/saldo/.well-known/openid-configuration", exchange -> {
                // A complete discovery document, so that an OIDC client configured from the same issuer starts too.
                var issuer = "http://127.0.0.1:" + exchange.getLocalAddress().getPort() + "/realms/saldo";
                var body = ("{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/protocol/openid-connect/auth\","
                        + "\"token_endpoint\":\"" + issuer + "/protocol/openid-connect/token\","
                        + "\"jwks_uri\":\"" + issuer + "/protocol/openid-connect/certs\","
                        + "\"userinfo_endpoint\":\"" + issuer + "/protocol/openid-connect/userinfo\","
                        + "\"end_session_endpoint\":\"" + issuer + "/protocol/openid-connect/logout\","
                        + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                        + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(KEYCLOAK_STATUS.get(), body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.createContext("/realms/saldo/protocol/openid-connect/certs", exchange -> {
                // The realm's signing keys: the portal's JWT decoder reads them at start-up.
                var body = signingKeys().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.createContext("/stripe", exchange -> {
                exchange.sendResponseHeaders(401, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A JWK set with one freshly generated RSA public key, as a realm publishes it. */
    private static String signingKeys() {
        try {
            var generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var key = (java.security.interfaces.RSAPublicKey) generator.generateKeyPair().getPublic();
            var encoder = java.util.Base64.getUrlEncoder().withoutPadding();
            return "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"test\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                    + encoder.encodeToString(unsigned(key.getModulus())) + "\",\"e\":\""
                    + encoder.encodeToString(unsigned(key.getPublicExponent())) + "\"}]}";
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] unsigned(java.math.BigInteger value) {
        var bytes = value.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
