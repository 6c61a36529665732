package dev.saldo.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.identity.AccountDirectory;
import dev.saldo.portal.identity.SaldoUser;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.invoice.InvoiceFilter;
import dev.saldo.portal.payment.GatewayEvent;
import dev.saldo.portal.payment.PaymentLinks;
import dev.saldo.portal.payment.PaymentOrder;
import dev.saldo.portal.payment.PaymentService;
import dev.saldo.portal.payment.PaymentSettlement;
import dev.saldo.portal.plan.PlanDesk;
import dev.saldo.portal.plan.PlanDraft;
import dev.saldo.portal.plan.PromiseDesk;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.Frequency;
import dev.saldo.portal.ui.LoginView;
import dev.saldo.portal.ui.NotFoundView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may use what, checked for every endpoint Spring MVC maps and every route Vaadin registers.
 * The lists come from the running application, so a new endpoint or screen without a rule here
 * fails {@link #every_endpoint_and_every_screen_has_a_rule()}. Debtor data: the owner gets it,
 * another debtor gets the same 404 as for something that does not exist, staff get 403 (API) or
 * the not-found page (screens), anonymous callers 401 (API) or the sign-in page (screens). Staff
 * endpoints and screens: a debtor gets 403 / the not-found page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorizationMatrixIT extends SpringBrowserlessTest {

    /** What an endpoint or a screen is, as far as access goes. */
    enum Access {
        /** The signed-in debtor's own data, no id in the address ({@code /me/...}). */
        DEBTOR_SELF,
        /** One of the signed-in debtor's things, by id in the address (the sample id comes from {@link #ownedId}). */
        DEBTOR_OWNED,
        /**
         * A debtor's command (POST/PUT without a ready body, or an id this test has no sample for): the
         * owner gets past security (any answer but 401/403), staff get 403, anonymous callers 401.
         */
        DEBTOR_ACTION,
        /** For agents and supervisors only. */
        STAFF,
        /** For supervisors only (agents are turned away too). */
        SUPERVISOR,
        /**
         * A link made for one debtor ({@code pay/link/:token}; the sample is a valid link of ana's): she goes on
         * past it; another debtor and staff stay on the link's page, reading exactly what an invalid link reads.
         */
        DEBTOR_LINK,
        /** Anyone signed in (e.g. the home screen that forwards by role). */
        SIGNED_IN,
        /** Open to anonymous visitors (sign-in, API description, activation). */
        PUBLIC,
        /** The API's answer for addresses no controller has. */
        UNKNOWN_API_PATH
    }

    /** Endpoint rules, keyed "METHOD pattern" as Spring MVC maps them. */
    static final Map<String, Access> ENDPOINTS = new LinkedHashMap<>();
    /** Screen rules, keyed by Vaadin route template. */
    static final Map<String, Access> SCREENS = new LinkedHashMap<>();

    static {
        ENDPOINTS.put("GET /api/v1/me/summary", Access.DEBTOR_SELF);
        ENDPOINTS.put("GET /api/v1/me/invoices", Access.DEBTOR_SELF);
        ENDPOINTS.put("GET /api/v1/me/invoices/{id}", Access.DEBTOR_OWNED);
        ENDPOINTS.put("GET /api/v1/me/invoices/{id}/pdf", Access.DEBTOR_OWNED);
        ENDPOINTS.put("GET /api/v1/me/contact", Access.DEBTOR_SELF);
        ENDPOINTS.put("PUT /api/v1/me/contact", Access.DEBTOR_SELF);
        ENDPOINTS.put("* /api/**", Access.UNKNOWN_API_PATH);
        ENDPOINTS.put("* /error", Access.PUBLIC);
        ENDPOINTS.put("GET /v3/api-docs", Access.PUBLIC);
        ENDPOINTS.put("GET /v3/api-docs.yaml", Access.PUBLIC);
        ENDPOINTS.put("GET /v3/api-docs/swagger-config", Access.PUBLIC);
        ENDPOINTS.put("GET /swagger-ui.html", Access.PUBLIC);

        // Commands whose body this test cannot write are DEBTOR_ACTION; with an id in the address, the
        // sample comes from ownedId() and another debtor's id must read exactly like a missing one.
        ENDPOINTS.put("POST /api/v1/me/payments", Access.DEBTOR_ACTION);
        ENDPOINTS.put("GET /api/v1/me/payments", Access.DEBTOR_SELF);
        ENDPOINTS.put("GET /api/v1/me/payments/{id}/receipt", Access.DEBTOR_OWNED);
        ENDPOINTS.put("POST /webhooks/stripe", Access.PUBLIC);
        // Server to server: no credentials, the Twilio signature is checked by the controller (TwilioStatusCallbackIT).
        ENDPOINTS.put("POST /api/v1/webhooks/twilio/status", Access.PUBLIC);
        ENDPOINTS.put("POST /api/v1/me/plans/evaluation", Access.DEBTOR_ACTION);
        ENDPOINTS.put("POST /api/v1/me/plans", Access.DEBTOR_ACTION);
        ENDPOINTS.put("GET /api/v1/me/plans/basis", Access.DEBTOR_SELF);
        ENDPOINTS.put("GET /api/v1/me/plans", Access.DEBTOR_SELF);
        ENDPOINTS.put("GET /api/v1/me/plans/{id}", Access.DEBTOR_OWNED);
        ENDPOINTS.put("POST /api/v1/me/plans/{id}/counter-offer/acceptance", Access.DEBTOR_ACTION);
        ENDPOINTS.put("POST /api/v1/me/plans/{id}/counter-offer/decline", Access.DEBTOR_ACTION);
        ENDPOINTS.put("POST /api/v1/me/promises", Access.DEBTOR_ACTION);
        ENDPOINTS.put("GET /api/v1/me/promises", Access.DEBTOR_SELF);
        ENDPOINTS.put("GET /api/v1/me/personal-data", Access.DEBTOR_SELF);
        ENDPOINTS.put("GET /api/v1/staff/proposals", Access.STAFF);
        ENDPOINTS.put("POST /api/v1/staff/proposals/{id}/approval", Access.STAFF);
        ENDPOINTS.put("POST /api/v1/staff/proposals/{id}/rejection", Access.STAFF);
        ENDPOINTS.put("POST /api/v1/staff/proposals/{id}/counter-offer", Access.STAFF);

        SCREENS.put("", Access.SIGNED_IN);
        SCREENS.put("login", Access.PUBLIC);
        SCREENS.put("balance", Access.DEBTOR_SELF);
        SCREENS.put("invoices", Access.DEBTOR_SELF);
        SCREENS.put("invoices/:invoiceId", Access.DEBTOR_OWNED);
        SCREENS.put("staff", Access.STAFF);
        SCREENS.put("activate", Access.PUBLIC);
        SCREENS.put("activate/:token", Access.PUBLIC);
        SCREENS.put("pay", Access.DEBTOR_SELF);
        SCREENS.put("payments", Access.DEBTOR_SELF);
        SCREENS.put("payments/:paymentId", Access.DEBTOR_OWNED);
        SCREENS.put("pay/sandbox/:paymentId", Access.DEBTOR_OWNED);
        SCREENS.put("report-transfer", Access.DEBTOR_SELF);
        SCREENS.put("plan", Access.DEBTOR_SELF);
        SCREENS.put("plan/card", Access.DEBTOR_SELF);
        SCREENS.put("promise", Access.DEBTOR_SELF);
        SCREENS.put("staff/proposals", Access.STAFF);
        SCREENS.put("staff/proposals/:planId", Access.STAFF);
        SCREENS.put("staff/transfers", Access.STAFF);
        SCREENS.put("staff/policies", Access.SUPERVISOR);
        SCREENS.put("staff/fees", Access.SUPERVISOR);
        SCREENS.put("staff/fees/waivers", Access.STAFF);
        SCREENS.put("staff/aging/:currency/:bucket", Access.STAFF);
        SCREENS.put("staff/work-list", Access.STAFF);
        SCREENS.put("staff/debtors/:debtorId/case", Access.STAFF);
        SCREENS.put("staff/import", Access.SUPERVISOR);
        SCREENS.put("staff/audit", Access.SUPERVISOR);
        SCREENS.put("staff/erasure", Access.SUPERVISOR);
        SCREENS.put("my-data", Access.DEBTOR_SELF);
        SCREENS.put("contact", Access.DEBTOR_SELF);
        SCREENS.put("contact/confirm/:token", Access.DEBTOR_ACTION);
        SCREENS.put("pay/link/:token", Access.DEBTOR_LINK);
        SCREENS.put("history", Access.DEBTOR_SELF);
        SCREENS.put("staff/debtors", Access.STAFF);
        SCREENS.put("staff/debtors/:debtorId", Access.STAFF);
        SCREENS.put("staff/reminders", Access.SUPERVISOR);
        SCREENS.put("staff/reminders/outbox", Access.STAFF);
    }

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "matrix");
        registry.add("saldo.demo.enabled", () -> "true");
    }

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    InvoiceBook invoices;

    @Autowired
    AccountDirectory accounts;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Autowired
    PaymentService payments;

    @Autowired
    PaymentSettlement settlement;

    @Autowired
    PlanDesk plans;

    @Autowired
    PromiseDesk promises;

    @Autowired
    PaymentLinks paymentLinks;

    MockMvc http;
    String anasInvoice;
    String anasLink;
    static String anasPayment;
    static String anasPendingPayment;
    static String anasPlan;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var ana = debtor("ana");
        anasInvoice = invoices.page(ana, InvoiceFilter.ALL, PageRequest.of(0, 1)).getContent().getFirst().id();
        anasLink = paymentLinks.token(ana, "matrix", java.time.Instant.now().plus(java.time.Duration.ofDays(1)));
        if (anasPayment == null) {
            // Something of ana's of every kind with an id: a paid and a pending payment, a plan, a promise.
            var clp = java.util.Currency.getInstance("CLP");
            var paid = payments.start(ana, new PaymentOrder(clp, List.of(), Money.ofMinor(5_000, clp)), Locale.ROOT);
            settlement.apply(new GatewayEvent.Succeeded(paid.id(), "pi_matrix"));
            anasPayment = paid.id();
            anasPendingPayment = payments.start(ana, new PaymentOrder(clp, List.of(), Money.ofMinor(2_000, clp)), Locale.ROOT).id();
            anasPlan = plans.submit(ana, new PlanDraft(null, BigDecimal.ZERO, 3, Frequency.MONTHLY,
                    plans.today().plusDays(7))).id();
            promises.promise(ana, promises.owed(ana).amount(), promises.today().plusDays(3));
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_endpoint_and_every_screen_has_a_rule() {
        assertThat(new TreeSet<>(endpoints())).as("endpoints without a rule in AuthorizationMatrixIT.ENDPOINTS")
                .isSubsetOf(ENDPOINTS.keySet());
        assertThat(new TreeSet<>(routes().keySet())).as("screens without a rule in AuthorizationMatrixIT.SCREENS")
                .isSubsetOf(SCREENS.keySet());
    }

    @Test
    void every_endpoint_answers_each_kind_of_caller_as_its_rule_says() throws Exception {
        var checked = new ArrayList<String>();
        for (var endpoint : endpoints()) {
            var access = ENDPOINTS.get(endpoint);
            if (access == null) {
                continue;
            }
            var method = endpoint.substring(0, endpoint.indexOf(' '));
            var pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
            var path = pattern.replace("{id}", ownedId(pattern)).replace("/**", "/v1/me/no-such-endpoint");
            var verb = "*".equals(method) ? "GET" : method;
            switch (access) {
                case DEBTOR_SELF -> {
                    expect(endpoint, call(verb, path, null), 401);
                    var own = call(verb, path, "ana");
                    expect(endpoint, own, 200);
                    var other = call(verb, path, "bruno");
                    expect(endpoint, other, 200);
                    assertThat(other.getContentAsString()).as(endpoint + " gives bruno his own data, not ana's")
                            .isNotEqualTo(own.getContentAsString());
                    expect(endpoint, call(verb, path, "carla"), 403);
                }
                case DEBTOR_OWNED -> {
                    expect(endpoint, call(verb, path, null), 401);
                    expect(endpoint, call(verb, path, "ana"), 200);
                    var foreign = call(verb, path, "bruno");
                    var missing = call(verb, pattern.replace("{id}", "no-such-id"), "bruno");
                    expect(endpoint, foreign, 404);
                    assertThat(foreign.getContentAsString().replace(ownedId(pattern), "no-such-id"))
                            .as(endpoint + ": another debtor's id reads exactly like a missing one")
                            .isEqualTo(missing.getContentAsString());
                    expect(endpoint, call(verb, path, "carla"), 403);
                }
                case DEBTOR_ACTION -> {
                    expect(endpoint, call(verb, path, null), 401);
                    assertThat(call(verb, path, "ana").getStatus()).as(endpoint + " for a debtor").isNotIn(401, 403);
                    expect(endpoint, call(verb, path, "carla"), 403);
                    if (pattern.contains("{id}")) {
                        var foreign = call(verb, path, "bruno");
                        expect(endpoint, foreign, 404);
                        assertThat(foreign.getContentAsString().replace(ownedId(pattern), "no-such-id"))
                                .as(endpoint + ": another debtor's id reads exactly like a missing one")
                                .isEqualTo(call(verb, pattern.replace("{id}", "no-such-id"), "bruno").getContentAsString());
                    }
                }
                case STAFF -> {
                    expect(endpoint, call(verb, path, null), 401);
                    expect(endpoint, call(verb, path, "ana"), 403);
                    assertThat(call(verb, path, "carla").getStatus()).as(endpoint + " for an agent").isNotIn(401, 403);
                }
                case SUPERVISOR -> {
                    expect(endpoint, call(verb, path, null), 401);
                    expect(endpoint, call(verb, path, "ana"), 403);
                    expect(endpoint, call(verb, path, "carla"), 403);
                    assertThat(call(verb, path, "diego").getStatus()).as(endpoint + " for a supervisor").isNotIn(401, 403);
                }
                case UNKNOWN_API_PATH -> {
                    expect(endpoint, call(verb, path, null), 401);
                    expect(endpoint, call(verb, path, "ana"), 404);
                }
                case PUBLIC -> assertThat(call(verb, path, null).getStatus()).as(endpoint + " anonymously")
                        .isNotIn(401, 403);
                case SIGNED_IN -> {
                    expect(endpoint, call(verb, path, null), 401);
                    assertThat(call(verb, path, "ana").getStatus()).isNotIn(401, 403);
                }
            }
            checked.add(endpoint);
        }
        assertThat(checked).contains("GET /api/v1/me/invoices/{id}", "GET /api/v1/me/summary");
    }

    @Test
    void every_screen_lets_in_exactly_whom_its_rule_says() throws Exception {
        var checked = new ArrayList<String>();
        for (var route : routes().entrySet()) {
            var template = route.getKey();
            var access = SCREENS.get(template);
            if (access == null) {
                continue;
            }
            var target = route.getValue().getNavigationTarget();
            var location = template.replace(":invoiceId", anasInvoice)
                    .replace("pay/sandbox/:paymentId", "pay/sandbox/" + anasPendingPayment)
                    .replace(":paymentId", anasPayment)
                    .replace("pay/link/:token", "pay/link/" + anasLink)
                    .replaceAll(":[A-Za-z]+", "no-such-id");
            var parameterised = template.contains(":");
            var anonymous = browserGet(location);
            if (access == Access.PUBLIC) {
                assertThat(anonymous.statusCode()).as(template + " anonymously").isNotIn(302, 401, 403);
                assertThat(open(null, location)).as(template + " anonymously").isEqualTo(target);
                continue;
            }
            assertThat(anonymous.statusCode()).as(template + " anonymously over HTTP").isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location")).as(template + " anonymously over HTTP")
                    .hasValueSatisfying(redirect -> assertThat(redirect).endsWith("/login"));
            assertThat(open(null, location)).as(template + " anonymously").isNotEqualTo(target);
            switch (access) {
                case DEBTOR_SELF -> {
                    assertThat(open("ana", location)).as(template + " for ana").isEqualTo(target);
                    assertThat(open("carla", location)).as(template + " for an agent").isEqualTo(NotFoundView.class);
                }
                case DEBTOR_OWNED -> {
                    assertThat(open("ana", location)).as(template + " for its owner").isEqualTo(target);
                    assertThat(open("bruno", location)).as(template + " for another debtor").isEqualTo(NotFoundView.class);
                    assertThat(open("carla", location)).as(template + " for an agent").isEqualTo(NotFoundView.class);
                }
                case DEBTOR_ACTION -> {
                    assertThat(open("ana", location)).as(template + " for a debtor").isNotIn(LoginView.class, Void.class);
                    assertThat(open("carla", location)).as(template + " for an agent").isEqualTo(NotFoundView.class);
                }
                case DEBTOR_LINK -> {
                    assertThat(open("ana", location)).as(template + " for its debtor")
                            .isNotIn(target, LoginView.class, NotFoundView.class, Void.class);
                    var invalid = template.replaceAll(":[A-Za-z]+", "no-such-id");
                    assertThat(open("bruno", invalid)).as(template + " invalid, for a debtor").isEqualTo(target);
                    var invalidText = getCurrentView().getElement().getTextRecursively();
                    var refusal = $(Paragraph.class).id("payment-link-invalid").getText();
                    assertThat(open("bruno", location)).as(template + " for another debtor").isEqualTo(target);
                    assertThat(getCurrentView().getElement().getTextRecursively())
                            .as(template + ": another debtor's link reads exactly like an invalid one").isEqualTo(invalidText);
                    assertThat(open("carla", location)).as(template + " for an agent").isEqualTo(target);
                    assertThat(getCurrentView().getElement().getTextRecursively()).as(template + " for an agent")
                            .contains(refusal);
                }
                case STAFF -> {
                    if (parameterised) {
                        assertThat(open("carla", location)).as(template + " for an agent").isNotIn(LoginView.class, Void.class);
                    } else {
                        assertThat(open("carla", location)).as(template + " for an agent").isEqualTo(target);
                    }
                    assertThat(open("ana", location)).as(template + " for a debtor").isEqualTo(NotFoundView.class);
                }
                case SUPERVISOR -> {
                    assertThat(open("diego", location)).as(template + " for a supervisor").isEqualTo(target);
                    assertThat(open("carla", location)).as(template + " for an agent").isEqualTo(NotFoundView.class);
                    assertThat(open("ana", location)).as(template + " for a debtor").isEqualTo(NotFoundView.class);
                }
                case SIGNED_IN -> {
                    assertThat(open("ana", location)).as(template + " for ana").isNotIn(LoginView.class, NotFoundView.class);
                    assertThat(open("carla", location)).as(template + " for carla").isNotIn(LoginView.class, NotFoundView.class);
                }
                default -> throw new IllegalStateException(access + " is not a rule for screens");
            }
            checked.add(template);
        }
        assertThat(checked).contains("invoices/:invoiceId", "staff");
    }

    /**
     * An id of one of ana's things for a debtor pattern with {@code {id}}; a capability adding such an
     * endpoint adds its sample here. Staff patterns get an id that does not exist.
     */
    private String ownedId(String pattern) {
        if (!pattern.contains("{id}") || !pattern.startsWith("/api/v1/me/")) {
            return "no-such-id";
        }
        if (pattern.startsWith("/api/v1/me/invoices/")) {
            return anasInvoice;
        }
        if (pattern.startsWith("/api/v1/me/payments/")) {
            return anasPayment;
        }
        if (pattern.startsWith("/api/v1/me/plans/")) {
            return anasPlan;
        }
        throw new IllegalStateException("No sample id of ana's for " + pattern + "; add one to ownedId()");
    }

    /** "METHOD pattern" for every handler method; no method restriction is written "*". */
    private List<String> endpoints() {
        var result = new ArrayList<String>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            var methods = info.getMethodsCondition().getMethods();
            for (var pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    result.add("* " + pattern);
                } else {
                    methods.forEach(m -> result.add(m.name() + " " + pattern));
                }
            }
        });
        return result;
    }

    private Map<String, RouteData> routes() {
        var routes = new LinkedHashMap<String, RouteData>();
        RouteConfiguration.forApplicationScope().getAvailableRoutes().forEach(r -> routes.put(r.getTemplate(), r));
        return routes;
    }

    private Class<?> open(String username, String location) {
        if (username == null) {
            SecurityContextHolder.clearContext();
        } else {
            var user = (SaldoUser) accounts.loadUserByUsername(username);
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        }
        UI.getCurrent().navigate(location);
        // Sending an anonymous visitor to sign in is a page redirect, after which no view is shown.
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return chain.isEmpty() ? Void.class : getCurrentView().getClass();
    }

    private MockHttpServletResponse call(String method, String path, String username) throws Exception {
        var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path).header("Accept-Language", "es");
        if (username != null) {
            var password = username + "123";
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes()));
        }
        if ("PUT".equals(method)) {
            var current = call("GET", path, username);
            request.contentType("application/json").content(current.getStatus() == 200 ? current.getContentAsString() : "{}");
        }
        return http.perform(request).andReturn().getResponse();
    }

    /** A page request as a browser makes it, over real HTTP (the Vaadin servlet is not in MockMvc). */
    private java.net.http.HttpResponse<String> browserGet(String location) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/" + location))
                .header("Accept", "text/html").GET().build();
        return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(String endpoint, MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(endpoint + " answered " + response.getContentAsString()).isEqualTo(status);
    }

    private DebtorId debtor(String username) {
        return ((SaldoUser) accounts.loadUserByUsername(username)).debtorId().orElseThrow();
    }
}
