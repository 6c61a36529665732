package dev.saldo.portal.observability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.function.IntPredicate;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of a service the portal calls: one anonymous GET, up when the status is acceptable. The result is
 * reused for a while, and it never carries the URL, credentials or the error's message — only its type.
 */
class Reachability implements HealthIndicator {

    private final URI uri;
    private final IntPredicate acceptable;
    private final ObservabilitySettings settings;
    private final Clock clock;
    private final HttpClient http;
    private volatile Health last;
    private volatile Instant checkedAt = Instant.MIN;

    Reachability(URI uri, IntPredicate acceptable, ObservabilitySettings settings, Clock clock) {
        this.uri = uri;
        this.acceptable = acceptable;
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.healthTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Health health() {
        var now = clock.instant();
        if (last == null || now.isAfter(checkedAt.plus(settings.healthCacheFor()))) {
            last = check();
            checkedAt = now;
        }
        return last;
    }

    private Health check() {
        try {
            var request = HttpRequest.newBuilder(uri).timeout(settings.healthTimeout()).GET().build();
            var status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return acceptable.test(status) ? Health.up().build() : Health.down().withDetail("status", status).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        } catch (Exception e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
