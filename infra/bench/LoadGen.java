import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load generator: a second process on loopback, JDK HttpClient only. For each endpoint it sends a
 * bounded number of requests (and stops at a time limit, whichever comes first) from a few threads,
 * signed in as the benchmark debtors bench-0… in turn, and records median, p99 and throughput.
 *
 * java infra/bench/LoadGen.java BASE_URL ACCOUNTS REQUESTS THREADS MAX_SECONDS OUT.properties
 */
public class LoadGen {

    record Endpoint(String key, String path, boolean signedIn, int expectedStatus) {
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            // The framework's floor: the security chain, no credentials, a 401 problem: no bcrypt, no database.
            new Endpoint("unauthenticated", "/api/v1/me/contact", false, 401),
            // The ceiling for a signed-in debtor: the same chain with HTTP Basic (bcrypt) and one read by _id.
            new Endpoint("contact", "/api/v1/me/contact", true, 200),
            new Endpoint("summary", "/api/v1/me/summary", true, 200),
            new Endpoint("invoices", "/api/v1/me/invoices?page=0", true, 200));

    public static void main(String[] args) throws Exception {
        var base = args[0];
        var accounts = Integer.parseInt(args[1]);
        var requests = Integer.parseInt(args[2]);
        var threads = Integer.parseInt(args[3]);
        var maxSeconds = Integer.parseInt(args[4]);
        var out = Path.of(args[5]);
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var headers = new String[accounts];
        for (int i = 0; i < accounts; i++) {
            headers[i] = "Basic " + Base64.getEncoder().encodeToString(("bench-" + i + ":bench-secret")
                    .getBytes(StandardCharsets.UTF_8));
        }
        var figures = new Properties();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (var endpoint : ENDPOINTS) {
                run(client, pool, base, endpoint, headers, Math.max(threads * 5, requests / 10), threads, maxSeconds, null);
                run(client, pool, base, endpoint, headers, requests, threads, maxSeconds, figures);
            }
        }
        try (Writer writer = Files.newBufferedWriter(out)) {
            figures.store(writer, "LoadGen " + String.join(" ", args));
        }
    }

    /** One bounded burst; with {@code figures} null it is a warm-up and records nothing. */
    static void run(HttpClient client, ExecutorService pool, String base, Endpoint endpoint, String[] headers,
            int requests, int threads, int maxSeconds, Properties figures) throws Exception {
        var next = new AtomicInteger();
        var failures = new AtomicInteger();
        var latencies = new long[requests];
        var deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        var started = System.nanoTime();
        var workers = new ArrayList<java.util.concurrent.Future<?>>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                    var builder = HttpRequest.newBuilder(URI.create(base + endpoint.path()))
                            .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
                    if (endpoint.signedIn()) {
                        builder.header("Authorization", headers[i % headers.length]);
                    }
                    var sent = System.nanoTime();
                    try {
                        var response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != endpoint.expectedStatus()) {
                            failures.incrementAndGet();
                            if (failures.get() <= 3) {
                                System.err.println(endpoint.key() + " → " + response.statusCode() + " "
                                        + new String(response.body(), StandardCharsets.UTF_8));
                            }
                        }
                    } catch (IOException | InterruptedException e) {
                        failures.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - sent;
                }
                return null;
            }));
        }
        for (var worker : workers) {
            worker.get();
        }
        var wall = (System.nanoTime() - started) / 1e9;
        if (figures == null) {
            return;
        }
        var sorted = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
        var done = sorted.length;
        var key = endpoint.key();
        figures.setProperty(key + ".requests", Integer.toString(done));
        figures.setProperty(key + ".failures", Integer.toString(failures.get()));
        figures.setProperty(key + ".seconds", format(wall));
        figures.setProperty(key + ".median.ms", format(percentile(sorted, 50) / 1e6));
        figures.setProperty(key + ".p99.ms", format(percentile(sorted, 99) / 1e6));
        figures.setProperty(key + ".rps", format(done / wall));
        System.out.printf(Locale.ROOT, "%-16s %6d requests in %6.1f s: median %8.2f ms, p99 %8.2f ms, %7.1f req/s, %d failed%n",
                key, done, wall, percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6, done / wall, failures.get());
    }

    static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
