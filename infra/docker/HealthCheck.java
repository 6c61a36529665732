import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Container health check: exits 0 when the URL answers 2xx within three seconds, 1 otherwise. Compiled
 * into the image so that the JRE runtime needs no curl or wget.
 */
public final class HealthCheck {

    public static void main(String[] args) {
        var url = args.length > 0 ? args[0] : "http://127.0.0.1:8081/actuator/health/liveness";
        System.exit(isHealthy(url) ? 0 : 1);
    }

    static boolean isHealthy(String url) {
        try {
            var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
            var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build();
            var status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300;
        } catch (Exception e) {
            return false;
        }
    }

    private HealthCheck() {
    }
}
