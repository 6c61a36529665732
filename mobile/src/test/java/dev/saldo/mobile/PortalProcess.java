package dev.saldo.mobile;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real portal for the phone's tests: the reactor-built jar started as a separate process on a free
 * port, with a fresh embedded database in a temp folder and the demo portfolio, ready once ana can read
 * her summary. {@link #stop()} kills it (and is how a test takes the phone offline).
 */
final class PortalProcess {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final Process process;
    private final URI baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PortalProcess(Process process, URI baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts the portal; a start that dies (seen on an overloaded machine) is tried once more on a fresh database. */
    static PortalProcess start() throws IOException, InterruptedException {
        try {
            return startOnce();
        } catch (PortalDied died) {
            System.err.println(died.getMessage() + "; trying once more");
            return startOnce();
        }
    }

    private static final class PortalDied extends IllegalStateException {
        PortalDied(String message) {
            super(message);
        }
    }

    private static PortalProcess startOnce() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("saldo.portal.jar", "../portal/target/saldo-portal.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No portal jar at " + jar.toAbsolutePath()
                    + ": build the reactor (./mvnw verify) or the portal first (./mvnw -pl shared-domain,portal package -DskipTests)");
        }
        int port = freePort();
        Path data = Files.createTempDirectory("saldo-mobile-it-db");
        Path log = Path.of(System.getProperty("saldo.portal.log", "target/portal-for-it.log"));
        Files.createDirectories(log.toAbsolutePath().getParent());
        String java = ProcessHandle.current().info().command().orElse("java");
        var builder = new ProcessBuilder(List.of(java, "-Xmx768m", "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port, "--server.address=127.0.0.1", "--saldo.database.data-dir=" + data,
                "--saldo.demo.enabled=true", "--saldo.demo.debtors=4"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SALDO_DATA_DIR", data.toString());
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        var portal = new PortalProcess(builder.start(), URI.create("http://127.0.0.1:" + port + "/"));
        portal.awaitReady(log);
        return portal;
    }

    URI baseUrl() {
        return baseUrl;
    }

    /** A GET as a built-in account, straight to the API: what the portal itself says. */
    String get(String user, String password, String path) throws IOException, InterruptedException {
        var response = http.send(request(user, password, path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    String post(String user, String password, String path, String json) throws IOException, InterruptedException {
        var response = http.send(request(user, password, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private HttpRequest.Builder request(String user, String password, String path) {
        return HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Accept-Language", "es")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private void awaitReady(Path log) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new PortalDied("The portal stopped while starting (exit " + process.exitValue() + "); see "
                        + log.toAbsolutePath());
            }
            try {
                var response = http.send(request("ana", "ana123", "api/v1/me/summary").GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        stop();
        throw new IllegalStateException("The portal was not ready within " + STARTUP + "; see " + log.toAbsolutePath());
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
