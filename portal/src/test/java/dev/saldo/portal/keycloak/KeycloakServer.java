package dev.saldo.portal.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.keycloak.admin.client.Keycloak;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real Keycloak for integration tests, started through {@code infra/keycloak/start-keycloak.sh}
 * on the first call and stopped when the test JVM ends. Port: {@code -Dsaldo.keycloak.port}
 * (a Keycloak already answering there is reused and left running), else a free one. Its work
 * directory is {@code infra/keycloak/target/it}, so the unpacked dist survives {@code mvn clean};
 * the realm is imported fresh every run, so users made by earlier runs are gone.
 */
public final class KeycloakServer {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final Path WORK_DIR = REPO.resolve("infra/keycloak/target/it");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String issuer;
    private static Duration startTime;

    private KeycloakServer() {
    }

    public static synchronized String issuer() {
        if (issuer == null) {
            issuer = start();
        }
        return issuer;
    }

    /** How long starting took in this run (zero when an already running Keycloak was reused). */
    public static Duration startTime() {
        issuer();
        return startTime;
    }

    /** An access token for a realm user, from the test-only password-grant client {@code saldo-tests}. */
    public static String accessToken(String username, String password) {
        var form = Map.of("grant_type", "password", "client_id", "saldo-tests", "username", username, "password", password,
                "scope", "openid");
        var body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        var response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + response.body());
        }
        return (String) JsonMapper.builder().build().readValue(response.body(), Map.class).get("access_token");
    }

    /** The realm's admin API as the bootstrap admin (dev credentials). */
    public static Keycloak admin() {
        return Keycloak.getInstance(baseUrl(), "master", "admin", "admin", "admin-cli");
    }

    public static String baseUrl() {
        return issuer().substring(0, issuer().indexOf("/realms/"));
    }

    private static String start() {
        var requested = System.getProperty("saldo.keycloak.port");
        var port = requested == null || requested.isBlank() ? freePort() : Integer.parseInt(requested);
        var reused = realmAnswers(port);
        var builder = new ProcessBuilder(REPO.resolve("infra/keycloak/start-keycloak.sh").toString());
        builder.environment().put("KEYCLOAK_PORT", Integer.toString(port));
        builder.environment().put("KEYCLOAK_HOME_DIR", WORK_DIR.toString());
        // A cold start on two busy cores has taken almost four minutes here.
        builder.environment().put("KEYCLOAK_START_TIMEOUT", Long.toString(START_TIMEOUT.toSeconds() - 20));
        if (!reused) {
            builder.environment().put("KEYCLOAK_FRESH", "1");
        }
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        var started = System.nanoTime();
        try {
            Files.createDirectories(WORK_DIR);
            var process = builder.start();
            var out = process.getInputStream().readAllBytes();
            if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("Keycloak did not start; see " + WORK_DIR.resolve("keycloak.log"));
            }
            startTime = reused ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - started);
            System.out.println("Keycloak ready on port " + port + " after " + startTime.toSeconds() + " s");
            if (!reused) {
                Runtime.getRuntime().addShutdownHook(new Thread(KeycloakServer::stop));
            }
            return new String(out, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void stop() {
        try {
            var builder = new ProcessBuilder(REPO.resolve("infra/keycloak/stop-keycloak.sh").toString());
            builder.environment().put("KEYCLOAK_HOME_DIR", WORK_DIR.toString());
            builder.inheritIO().start().waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean realmAnswers(int port) {
        try {
            var request = HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/realms/saldo/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(3)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
