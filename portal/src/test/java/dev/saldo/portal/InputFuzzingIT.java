package dev.saldo.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.saldo.portal.importer.ErpColumns;
import dev.saldo.portal.importer.ErpImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Generated malformed input against every state-changing REST endpoint the application maps, every
 * paged list, and the ERP importer: never a 5xx, always a problem-details answer, and a refused
 * request writes nothing. The inputs are seeded, so a failure replays exactly; the counts of what was
 * tried are printed for the benchmark results.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class InputFuzzingIT {

    private static final long SEED = 20261123L;
    /** The collections a refused request must leave as they were. */
    private static final List<String> RECORDS = List.of("debtors", "invoices", "payments", "plans", "promises", "accounts",
            "disputes", "timeline", "email_confirmations", "saved_cards");

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "fuzzing");
        registry.add("saldo.demo.enabled", () -> "true");
        registry.add("saldo.api.rate-limit.requests-per-client", () -> "1000000");
        registry.add("saldo.api.rate-limit.requests-per-address", () -> "1000000");
    }

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ErpImporter importer;

    MockMvc http;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void malformed_bodies_on_every_command_get_a_problem_and_change_nothing() throws Exception {
        var random = new Random(SEED);
        var commands = commands();
        assertThat(commands).as("the API's commands were found").contains("POST /api/v1/me/payments", "PUT /api/v1/me/contact");
        var tried = 0;
        for (var command : commands) {
            var method = command.substring(0, command.indexOf(' '));
            var path = command.substring(command.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "no-such-id");
            var user = path.startsWith("/api/v1/staff/") ? "diego" : "ana";
            for (var body : malformedBodies(random)) {
                var before = counts();
                var answer = send(method, path, user, body.contentType(), body.bytes());
                assertThat(answer.getStatus()).as(command + " with " + body.name() + ": " + answer.getContentAsString())
                        .isBetween(400, 499);
                assertThat(answer.getContentType()).as(command + " with " + body.name())
                        .startsWith("application/problem+json");
                assertThat(counts()).as(command + " with " + body.name() + " wrote nothing").isEqualTo(before);
                tried++;
            }
        }
        System.out.printf("Input fuzzing: %d malformed bodies on %d commands, 0 server errors, 0 writes%n", tried,
                commands.size());
    }

    @Test
    void malformed_paging_and_filter_parameters_get_a_problem_never_a_server_error() throws Exception {
        var random = new Random(SEED + 1);
        var tried = 0;
        for (var list : List.of("/api/v1/me/invoices", "/api/v1/me/payments", "/api/v1/me/plans")) {
            for (int i = 0; i < 25; i++) {
                var query = "page=" + encoded(junkNumber(random)) + "&size=" + encoded(junkNumber(random)) + "&status="
                        + encoded(junkText(random, 12));
                var answer = send("GET", list + "?" + query, "ana", null, null);
                assertThat(answer.getStatus()).as(list + "?" + query + ": " + answer.getContentAsString()).isLessThan(500);
                if (answer.getStatus() >= 400) {
                    assertThat(answer.getContentType()).startsWith("application/problem+json");
                }
                tried++;
            }
        }
        System.out.printf("Input fuzzing: %d malformed list queries, 0 server errors%n", tried);
    }

    @Test
    void generated_malformed_erp_files_are_reported_row_by_row_and_never_write_a_broken_invoice() throws Exception {
        var random = new Random(SEED + 2);
        var header = String.join(",", ErpColumns.HEADER);
        var rows = 0;
        for (int file = 0; file < 20; file++) {
            var csv = new StringBuilder(random.nextInt(5) == 0 ? junkText(random, 40) : header).append('\n');
            var lines = 1 + random.nextInt(8);
            for (int line = 0; line < lines; line++) {
                var cells = new ArrayList<String>();
                var columns = random.nextInt(ErpColumns.HEADER.size() + 3);
                for (int c = 0; c < columns; c++) {
                    cells.add(random.nextInt(4) == 0 ? "\"" + junkText(random, 10) : junkText(random, 10));
                }
                csv.append(String.join(random.nextBoolean() ? "," : ";", cells)).append('\n');
                rows++;
            }
            var invoicesBefore = mongo.getCollection("invoices").countDocuments();
            var report = importer.importCsv(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                    "fuzzer", "fuzz-" + file + ".csv", done -> { });
            assertThat(report).isNotNull();
            assertThat(mongo.getCollection("invoices").countDocuments()).as("file " + file + " is junk: nothing imported")
                    .isEqualTo(invoicesBefore);
        }
        System.out.printf("Input fuzzing: 20 generated ERP files, %d junk rows, 0 invoices written%n", rows);
    }

    private record Body(String name, String contentType, byte[] bytes) {
    }

    private static List<Body> malformedBodies(Random random) {
        var bodies = new ArrayList<Body>();
        bodies.add(new Body("no body", "application/json", new byte[0]));
        bodies.add(new Body("cut JSON", "application/json", "{\"amount\": ".getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("null", "application/json", "null".getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("an array", "application/json", "[1,2,3]".getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("a huge number", "application/json",
                "{\"amount\": 1e999999, \"installments\": 99999999999999999999, \"currency\": \"CLP\"}".getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("wrong types", "application/json",
                "{\"amount\": \"lots\", \"invoiceIds\": 7, \"emails\": \"x\", \"installments\": [], \"frequency\": 3}"
                        .getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("deep nesting", "application/json",
                ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("not JSON at all", "text/plain", "amount=5".getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("invalid UTF-8", "application/json", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}));
        for (int i = 0; i < 3; i++) {
            var bytes = new byte[1 + random.nextInt(200)];
            random.nextBytes(bytes);
            bodies.add(new Body("random bytes #" + i, "application/json", bytes));
        }
        return bodies;
    }

    private static String junkNumber(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "-" + random.nextInt(1000);
            case 1 -> "99999999999999999999";
            case 2 -> "1.5";
            case 3 -> "";
            case 4 -> "NaN";
            default -> Integer.toString(random.nextInt(200));
        };
    }

    private static String junkText(Random random, int maxLength) {
        var alphabet = "abcXYZ019 ,;\"'<>&%$#@!{}[]\\/\tñé€\u0000\u202e";
        var text = new StringBuilder();
        var length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private MockHttpServletResponse send(String method, String path, String user, String contentType, byte[] body)
            throws Exception {
        var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), java.net.URI.create(path))
                .header("Accept-Language", "es")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "123").getBytes()));
        if (contentType != null) {
            request.contentType(contentType).content(body);
        }
        return http.perform(request).andReturn().getResponse();
    }

    /** "METHOD pattern" of every API handler that changes something. */
    private List<String> commands() {
        var result = new ArrayList<String>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/v1/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods().stream()
                        .filter(m -> m.name().equals("POST") || m.name().equals("PUT") || m.name().equals("PATCH"))
                        .forEach(m -> result.add(m.name() + " " + pattern))));
        return result.stream().sorted().toList();
    }

    private Map<String, Long> counts() {
        var counts = new LinkedHashMap<String, Long>();
        RECORDS.forEach(name -> counts.put(name, mongo.getCollection(name).countDocuments()));
        return counts;
    }
}
