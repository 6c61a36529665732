import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import dev.saldo.portal.payment.stripe.StripeEventBuilder;
import dev.saldo.portal.payment.stripe.StripeStub;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The long fault runs of issue 10, against the real portal jar in a process of its own, with Stripe
 * played by a local stub (Stripe's own example objects, the portal's test helpers for signed events).
 *
 * (a) Crash: debtors pay while "Stripe" delivers signed webhooks (each twice, some never: lost), and the
 *     portal is SIGKILLed in the middle of the burst, then restarted on the same data. Requests that
 *     failed are retried as a debtor and Stripe would. Then: every payment Stripe took is SUCCEEDED
 *     exactly once and each debtor owes exactly what they owed minus what they paid; lost webhooks
 *     are caught up by the reconciliation job.
 * (b) Storm: thousands of deliveries, shuffled, with duplicates, events out of order, and forged,
 *     tampered and stale signatures; forgeries must all be refused and change nothing.
 *
 * java -cp TEST_CLASSPATH:portal/target/classes:portal/target/test-classes infra/bench/FaultRun.java JAR OUT_DIR DEBTORS
 */
public class FaultRun {

    static final String SECRET = "whsec_bench_fault_run";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    final AtomicInteger taskErrors = new AtomicInteger();
    final Set<String> paidAtStripe = ConcurrentHashMap.newKeySet();
    final Map<String, String> sessions = new ConcurrentHashMap<>();
    final AtomicInteger customers = new AtomicInteger();
    final Path jar;
    final Path out;
    final Path data;
    final int debtors;
    final int port;
    final String stripeBase;
    Process portal;

    FaultRun(Path jar, Path out, int debtors) throws IOException {
        this.jar = jar;
        this.out = out;
        this.debtors = debtors;
        this.data = Files.createTempDirectory("saldo-fault-data");
        try (var socket = new java.net.ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        this.stripeBase = startStripe();
    }

    public static void main(String[] args) throws Exception {
        var run = new FaultRun(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
        Files.createDirectories(run.out);
        var figures = new Properties();
        try {
            run.start(true);
            var half = run.debtors / 2;
            run.crashDuringBurst(0, half, figures);
            run.storm(half, run.debtors, figures);
        } finally {
            if (run.portal != null) {
                run.portal.destroy();
                run.portal.waitFor();
            }
            try (Writer writer = Files.newBufferedWriter(run.out.resolve("faults.properties"))) {
                figures.store(writer, "FaultRun " + String.join(" ", args));
            }
        }
        figures.setProperty("task.errors", Integer.toString(run.taskErrors.get()));
        figures.stringPropertyNames().stream().sorted().forEach(k -> System.out.println("   " + k + "=" + figures.getProperty(k)));
        System.exit(0); // the Stripe stub's threads would keep the JVM alive
    }

    // ---------------------------------------------------------------- (a) SIGKILL in the middle of a burst

    record Attempt(int debtor, String paymentId, BigDecimal amount, boolean paid) {
    }

    void crashDuringBurst(int from, int to, Properties figures) throws Exception {
        var owedBefore = owed(from, to);
        var started = new AtomicInteger();
        var failedRequests = new AtomicInteger();
        var webhooksSent = new AtomicInteger();
        var refused = new AtomicInteger();
        var lost = ConcurrentHashMap.<String>newKeySet();
        var attempts = new ConcurrentHashMap<Integer, Attempt>();
        var kills = new AtomicInteger();
        var burstStarted = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            var work = new ArrayList<Future<?>>();
            for (int d = from; d < to; d++) {
                final int debtor = d;
                work.add(pool.submit(() -> {
                    var random = new Random(debtor);
                    JsonNode payment;
                    try {
                        payment = retry(failedRequests, () -> startPayment(debtor));
                    } catch (Refused nothingOwed) {
                        refused.incrementAndGet();
                        started.incrementAndGet();
                        return null;
                    }
                    started.incrementAndGet();
                    var pays = random.nextInt(100) < 80;
                    attempts.put(debtor, new Attempt(debtor, payment.get("paymentId").asString(),
                            decimal(payment.get("amount")), pays));
                    if (!pays) {
                        return null;
                    }
                    var id = payment.get("paymentId").asString();
                    paidAtStripe.add(id);
                    if (random.nextInt(100) < 25) {
                        lost.add(id);
                        return null;
                    }
                    var event = StripeEventBuilder.paidSessionEvent("evt_paid_" + id, id, "pi_bench_" + id);
                    for (int copy = 0; copy < 2; copy++) {
                        retry(failedRequests, () -> {
                            var status = deliver(event, StripeEventBuilder.signature(event, SECRET, Instant.now()));
                            webhooksSent.incrementAndGet();
                            if (status >= 400 && status < 500) {
                                throw new Refused("a genuine webhook answered " + status);
                            }
                            if (status != 200) {
                                throw new IOException("webhook answered " + status);
                            }
                            return null;
                        });
                    }
                    return null;
                }));
            }
            // The crashes: SIGKILL once 30 % of the debtors have started paying and again at 70 %, each time a
            // restart on the same data while the burst goes on.
            for (var share : new int[] {30, 70}) {
                while (started.get() < (to - from) * share / 100) {
                    Thread.sleep(50);
                }
                portal.destroyForcibly().waitFor();
                kills.incrementAndGet();
                System.out.printf(Locale.ROOT, "   SIGKILL after %d of %d payments started; restarting on the same data%n",
                        started.get(), to - from);
                start(false);
            }
            awaitAll(work);
        }
        var burstSeconds = (System.nanoTime() - burstStarted) / 1e9;
        // Lost webhooks: the reconciliation job asks Stripe (every 5 s for attempts older than 5 s).
        var deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        int unsettled;
        do {
            Thread.sleep(2000);
            unsettled = 0;
            for (var a : attempts.values()) {
                if (a.paid() && !"SUCCEEDED".equals(status(a.debtor(), a.paymentId()))) {
                    unsettled++;
                }
            }
        } while (unsettled > 0 && System.nanoTime() < deadline);
        var check = verify(attempts.values(), owedBefore);
        figures.setProperty("crash.debtors", Integer.toString(to - from));
        figures.setProperty("crash.sigkills", Integer.toString(kills.get()));
        figures.setProperty("crash.debtors.owing.nothing", Integer.toString(refused.get()));
        figures.setProperty("crash.payments.paid.at.stripe", Long.toString(attempts.values().stream().filter(Attempt::paid).count()));
        figures.setProperty("crash.webhooks.lost.left.to.reconciliation", Integer.toString(lost.size()));
        figures.setProperty("crash.webhook.deliveries", Integer.toString(webhooksSent.get()));
        figures.setProperty("crash.requests.failed.and.retried", Integer.toString(failedRequests.get()));
        figures.setProperty("crash.burst.seconds", String.format(Locale.ROOT, "%.1f", burstSeconds));
        figures.setProperty("crash.confirmed.missing", Integer.toString(check.missing()));
        figures.setProperty("crash.confirmed.twice", Integer.toString(check.twice()));
        figures.setProperty("crash.balances.wrong", Integer.toString(check.wrongBalances()));
        figures.setProperty("crash.unpaid.changed", Integer.toString(check.unpaidChanged()));
    }

    // ---------------------------------------------------------------- (b) the webhook storm

    void storm(int from, int to, Properties figures) throws Exception {
        var owedBefore = owed(from, to);
        var attempts = new ArrayList<Attempt>();
        var failed = new AtomicInteger();
        record Delivery(String payload, String signature, boolean genuine) {
        }
        var deliveries = new ArrayList<Delivery>();
        var random = new Random(20261123);
        int duplicates = 0;
        int forgeries = 0;
        for (int d = from; d < to; d++) {
            final int debtor = d;
            JsonNode payment;
            try {
                payment = retry(failed, () -> startPayment(debtor));
            } catch (Refused nothingOwed) {
                continue;
            }
            var id = payment.get("paymentId").asString();
            var pays = random.nextInt(100) < 70;
            attempts.add(new Attempt(d, id, decimal(payment.get("amount")), pays));
            if (pays) {
                paidAtStripe.add(id);
                var processing = StripeEventBuilder.sessionEvent("evt_proc_" + id, "checkout.session.completed", id,
                        "complete", "unpaid");
                var succeeded = StripeEventBuilder.sessionEvent("evt_ok_" + id, "checkout.session.async_payment_succeeded",
                        id, "complete", "paid");
                for (int copy = 0, copies = 3 + random.nextInt(10); copy < copies; copy++) {
                    deliveries.add(new Delivery(processing, null, true));
                    deliveries.add(new Delivery(succeeded, null, true));
                    duplicates += copy == 0 ? 0 : 2;
                }
            } else {
                var forged = StripeEventBuilder.paidSessionEvent("evt_forged_" + id, id, "pi_forged_" + id);
                for (int copy = 0; copy < 3; copy++) {
                    deliveries.add(new Delivery(forged, StripeEventBuilder.signature(forged, "whsec_someone_else", Instant.now()), false));
                    deliveries.add(new Delivery(forged.replace("\"paid\"", "\"paid\" "),
                            StripeEventBuilder.signature(forged, SECRET, Instant.now()), false));
                    deliveries.add(new Delivery(forged, StripeEventBuilder.signature(forged, SECRET,
                            Instant.now().minus(Duration.ofMinutes(10))), false));
                    deliveries.add(new Delivery(forged, null, false));
                }
                forgeries += 12;
            }
        }
        Collections.shuffle(deliveries, random);
        var wrongAnswers = new AtomicInteger();
        var started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            var work = new ArrayList<Future<?>>();
            for (var delivery : deliveries) {
                work.add(pool.submit(() -> {
                    var signature = delivery.genuine() ? StripeEventBuilder.signature(delivery.payload(), SECRET, Instant.now())
                            : delivery.signature();
                    var status = deliver(delivery.payload(), signature);
                    if (status != (delivery.genuine() ? 200 : 400)) {
                        wrongAnswers.incrementAndGet();
                    }
                    return null;
                }));
            }
            awaitAll(work);
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        var check = verify(attempts, owedBefore);
        figures.setProperty("storm.debtors", Integer.toString(to - from));
        figures.setProperty("storm.deliveries", Integer.toString(deliveries.size()));
        figures.setProperty("storm.duplicates", Integer.toString(duplicates));
        figures.setProperty("storm.forgeries", Integer.toString(forgeries));
        figures.setProperty("storm.deliveries.per.second", String.format(Locale.ROOT, "%.1f", deliveries.size() / seconds));
        figures.setProperty("storm.wrong.answers", Integer.toString(wrongAnswers.get()));
        figures.setProperty("storm.confirmed.missing", Integer.toString(check.missing()));
        figures.setProperty("storm.confirmed.twice", Integer.toString(check.twice()));
        figures.setProperty("storm.balances.wrong", Integer.toString(check.wrongBalances()));
        figures.setProperty("storm.forged.changed.something", Integer.toString(check.unpaidChanged()));
    }

    // ---------------------------------------------------------------- checks

    record Check(int missing, int twice, int wrongBalances, int unpaidChanged) {
    }

    /** Per debtor: exactly one SUCCEEDED payment if Stripe took one, none otherwise, and the balance to the unit. */
    Check verify(java.util.Collection<Attempt> attempts, Map<Integer, BigDecimal> owedBefore) throws Exception {
        int missing = 0, twice = 0, wrong = 0, unpaidChanged = 0;
        for (var a : attempts) {
            var payments = get(a.debtor(), "/api/v1/me/payments?size=100");
            int succeeded = 0;
            BigDecimal paid = BigDecimal.ZERO;
            for (var p : payments) {
                if ("SUCCEEDED".equals(p.get("status").asString())) {
                    succeeded++;
                    paid = paid.add(decimal(p.get("amount")));
                }
            }
            var owedNow = owedOf(a.debtor());
            var expected = a.paid() ? owedBefore.get(a.debtor()).subtract(a.amount()) : owedBefore.get(a.debtor());
            if (a.paid() && succeeded == 0) {
                missing++;
            }
            if (succeeded > 1) {
                twice++;
            }
            if (owedNow.compareTo(expected) != 0) {
                wrong++;
                System.out.printf("   debtor bench-%d owes %s, expected %s (%d succeeded, %s paid)%n", a.debtor(), owedNow,
                        expected, succeeded, paid);
            }
            if (!a.paid() && succeeded > 0) {
                unpaidChanged++;
            }
        }
        return new Check(missing, twice, wrong, unpaidChanged);
    }

    Map<Integer, BigDecimal> owed(int from, int to) throws Exception {
        var owed = new java.util.HashMap<Integer, BigDecimal>();
        for (int d = from; d < to; d++) {
            owed.put(d, owedOf(d));
        }
        return owed;
    }

    BigDecimal owedOf(int debtor) throws Exception {
        var total = BigDecimal.ZERO;
        for (var balance : getObject(debtor, "/api/v1/me/summary").get("balances")) {
            total = total.add(amountOf(balance.get("totalOwed")));
        }
        return total;
    }

    static BigDecimal amountOf(JsonNode amount) {
        return decimal(amount.isObject() ? amount.get("amount") : amount);
    }

    static BigDecimal decimal(JsonNode value) {
        return value.isNumber() ? value.decimalValue() : new BigDecimal(value.asString());
    }

    String status(int debtor, String paymentId) throws Exception {
        for (var p : get(debtor, "/api/v1/me/payments?size=100")) {
            if (paymentId.equals(p.get("id").asString())) {
                return p.get("status").asString();
            }
        }
        return "MISSING";
    }

    // ---------------------------------------------------------------- HTTP to the portal

    JsonNode startPayment(int debtor) throws Exception {
        var response = HTTP.send(request(debtor, "/api/v1/me/payments").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400 && response.statusCode() < 500) {
            throw new Refused("payment start answered " + response.statusCode() + " " + response.body());
        }
        if (response.statusCode() != 201) {
            throw new IOException("payment start answered " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    int deliver(String payload, String signature) throws IOException, InterruptedException {
        var builder = HttpRequest.newBuilder(URI.create(base() + "/webhooks/stripe")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(payload));
        if (signature != null) {
            builder.header("Stripe-Signature", signature);
        }
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    JsonNode get(int debtor, String path) throws Exception {
        return getObject(debtor, path);
    }

    JsonNode getObject(int debtor, String path) throws Exception {
        var response = HTTP.send(request(debtor, path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(path + " answered " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    HttpRequest.Builder request(int debtor, String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("bench-" + debtor + ":bench-secret").getBytes(StandardCharsets.UTF_8)));
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** The portal said no (4xx): retrying would not help. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    interface Call<T> {
        T call() throws Exception;
    }

    /** As a debtor or Stripe would: try again after a second while the portal is down, for up to three minutes. */
    static <T> T retry(AtomicInteger failures, Call<T> call) throws Exception {
        var deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            try {
                return call.call();
            } catch (Refused e) {
                throw e;
            } catch (Exception e) {
                failures.incrementAndGet();
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(1000);
            }
        }
    }

    // ---------------------------------------------------------------- the portal process and the Stripe stub

    void start(boolean fresh) throws Exception {
        var report = out.resolve("fault-portal.properties");
        Files.deleteIfExists(report);
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = List.of(java, "-Xmx768m", "-jar", jar.toString(), "--server.port=" + port,
                "--saldo.demo.enabled=false", "--saldo.database.data-dir=" + data,
                "--saldo.bench.debtors=" + debtors, "--saldo.bench.accounts=" + debtors, "--saldo.bench.plans=0",
                "--saldo.bench.invoices-per-debtor=3", "--saldo.bench.report=" + report,
                "--saldo.api.rate-limit.requests-per-client=1000000000",
                "--saldo.api.rate-limit.requests-per-address=1000000000",
                "--saldo.payment.reconcile-after=5s", "--saldo.payment.reconcile-every=5s",
                "--spring.main.banner-mode=off");
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.resolve("fault-portal.log").toFile()));
        builder.environment().put("STRIPE_SECRET_KEY", "sk_test_bench_fault_run");
        builder.environment().put("STRIPE_API_BASE", stripeBase);
        builder.environment().put("STRIPE_WEBHOOK_SECRET", SECRET);
        builder.environment().put("SALDO_PUBLIC_URL", base());
        portal = builder.start();
        var deadline = System.nanoTime() + Duration.ofMinutes(fresh ? 20 : 5).toNanos();
        while (!Files.exists(report) || !Files.readString(report).contains("ready=true")) {
            if (!portal.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("The portal did not start; see " + out.resolve("fault-portal.log"));
            }
            Thread.sleep(500);
        }
    }

    String startStripe() throws IOException {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            var form = StripeStub.form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            var path = exchange.getRequestURI().getPath();
            var method = exchange.getRequestMethod();
            String body;
            int status = 200;
            if (method.equals("POST") && path.equals("/v1/customers")) {
                var customer = (ObjectNode) JSON.readTree(StripeStub.fixture("customer"));
                body = JSON.writeValueAsString(customer.put("id", "cus_bench_" + customers.incrementAndGet()));
            } else if (method.equals("POST") && path.equals("/v1/checkout/sessions")) {
                var paymentId = form.get("client_reference_id");
                sessions.put("cs_bench_" + paymentId, paymentId);
                body = JSON.writeValueAsString(session(paymentId));
            } else if (method.equals("GET") && path.startsWith("/v1/checkout/sessions/cs_bench_")) {
                var paymentId = sessions.get(path.substring("/v1/checkout/sessions/".length()));
                body = paymentId == null ? "{}" : JSON.writeValueAsString(session(paymentId));
                status = paymentId == null ? 404 : 200;
            } else {
                status = 404;
                body = "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"No such path in the bench stub\"}}";
            }
            var bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("Request-Id", "req_bench");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The session as Stripe would describe it now: paid once the debtor paid, open until then. */
    ObjectNode session(String paymentId) {
        var session = (ObjectNode) JSON.readTree(StripeStub.fixture("checkout_session"));
        var id = "cs_bench_" + paymentId;
        var paid = paidAtStripe.contains(paymentId);
        session.put("id", id).put("url", "https://checkout.stripe.com/pay/c/" + id).put("client_reference_id", paymentId)
                .put("status", paid ? "complete" : "open").put("payment_status", paid ? "paid" : "unpaid")
                .put("payment_intent", "pi_bench_" + paymentId);
        session.putObject("metadata").put("saldo_payment_id", paymentId);
        return session;
    }

    /** Waits for every task; a task that threw is counted and printed, not rethrown. */
    private void awaitAll(List<Future<?>> work) throws InterruptedException {
        for (var f : work) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                taskErrors.incrementAndGet();
                System.out.println("   " + e.getCause());
            }
        }
    }
}
