package dev.saldo.mobile.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

/**
 * The portal's REST API over HTTP. Every request has a connect and a response time-out; reads are
 * retried a bounded number of times when the portal cannot be reached or answers 502/503/504, writes
 * never (they are not idempotent). Errors come back as {@link ApiException} with a readable sentence.
 */
public final class ApiClient {

    /** Knobs kept small on purpose: a phone user waits at most about {@code attempts × timeout}. */
    public record Limits(Duration connectTimeout, Duration requestTimeout, int readAttempts, Duration retryPause) {

        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(4), Duration.ofSeconds(10), 3,
                Duration.ofMillis(400));
    }

    private static final Set<Integer> RETRYABLE = Set.of(502, 503, 504);

    private final Supplier<URI> baseUrl;
    private final Supplier<Credentials> credentials;
    private final Supplier<Locale> language;
    private final ProblemText problems;
    private final Limits limits;
    private final HttpClient http;

    public ApiClient(Supplier<URI> baseUrl, Supplier<Credentials> credentials, Supplier<Locale> language,
            ProblemText problems, Limits limits) {
        this.baseUrl = baseUrl;
        this.credentials = credentials;
        this.language = language;
        this.problems = problems;
        this.limits = limits;
        this.http = HttpClient.newBuilder().connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public <T> T get(String path, Class<T> type) throws ApiException {
        return parse(send("GET", path, null, "application/json"), type);
    }

    public <T> T get(String path, TypeReference<T> type) throws ApiException {
        byte[] body = send("GET", path, null, "application/json");
        try {
            return Json.MAPPER.readValue(body, type);
        } catch (JacksonException e) {
            throw unreadable();
        }
    }

    public <T> T post(String path, Object body, Class<T> type) throws ApiException {
        return parse(send("POST", path, body, "application/json"), type);
    }

    public <T> T put(String path, Object body, Class<T> type) throws ApiException {
        return parse(send("PUT", path, body, "application/json"), type);
    }

    /** A binary download such as an invoice PDF. */
    public byte[] download(String path, String accept) throws ApiException {
        return send("GET", path, null, accept);
    }

    /** Whether the portal answers at all (its health probe), without credentials. */
    public boolean reachable() {
        try {
            var request = HttpRequest.newBuilder(baseUrl.get().resolve("/actuator/health")).timeout(limits.connectTimeout())
                    .GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() < 500;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private byte[] send(String method, String path, Object body, String accept) throws ApiException {
        boolean read = "GET".equals(method);
        int attempts = read ? Math.max(1, limits.readAttempts()) : 1;
        for (int attempt = 1; ; attempt++) {
            HttpResponse<byte[]> response;
            try {
                response = http.send(request(method, path, body, accept), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException | IllegalArgumentException unreachable) {
                if (attempt < attempts) {
                    pause();
                    continue;
                }
                throw problems.offline();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw problems.offline();
            }
            int status = response.statusCode();
            if (RETRYABLE.contains(status) && attempt < attempts) {
                pause();
                continue;
            }
            if (status >= 200 && status < 300) {
                return response.body();
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            throw problems.toException(status, type, new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private HttpRequest request(String method, String path, Object body, String accept) throws ApiException {
        Credentials who = credentials.get();
        var builder = HttpRequest.newBuilder(baseUrl.get().resolve(path))
                .timeout(limits.requestTimeout())
                .header("Accept", accept + ", application/problem+json")
                .header("Accept-Language", language.get().toLanguageTag());
        if (who != null) {
            String authorization = who.authorization();
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
        }
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(Json.MAPPER.writeValueAsBytes(body)));
        }
        return builder.build();
    }

    private <T> T parse(byte[] body, Class<T> type) throws ApiException {
        try {
            return Json.MAPPER.readValue(body, type);
        } catch (JacksonException e) {
            throw unreadable();
        }
    }

    private ApiException unreadable() {
        return new ApiException(ApiException.Kind.UNEXPECTED, 0, problems.messages().get("error.server"));
    }

    private void pause() {
        try {
            Thread.sleep(limits.retryPause().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
