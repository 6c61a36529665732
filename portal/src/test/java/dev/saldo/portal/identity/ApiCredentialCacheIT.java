package dev.saldo.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.saldo.portal.EmbeddedTestDatabase;
import dev.saldo.portal.api.ApiClient;
import dev.saldo.portal.debtor.Debtor;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.debtor.DebtorKind;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The API's cache of verified credentials, through the real security chain: bcrypt is spared for a
 * repeated right password only; wrong passwords, erased accounts and the rate limits work as before.
 * The tests share one address's request budget, so they run in order and count their requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiCredentialCacheIT {

    private static final String CHEAPEST = "/api/v1/me/contact";
    /** Requests the tests make before the address limit is reached: 4 + 4 + 6 (see each test). */
    private static final int PER_ADDRESS = 14;
    private static final int PER_CLIENT = 3;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "credential-cache");
        registry.add("saldo.demo.enabled", () -> "true");
        registry.add("saldo.demo.debtors", () -> "2");
        registry.add("saldo.api.rate-limit.requests-per-client", () -> Integer.toString(PER_CLIENT));
        registry.add("saldo.api.rate-limit.requests-per-address", () -> Integer.toString(PER_ADDRESS));
        registry.add("saldo.api.rate-limit.period", () -> "1h");
    }

    @LocalServerPort
    int port;

    @MockitoSpyBean
    PasswordEncoder passwordEncoder;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    DebtorDirectory debtors;

    private ApiClient as(String username, String password) {
        return ApiClient.anonymous(port).basic(username, password);
    }

    @Test
    @Order(1)
    void the_second_request_with_the_same_credentials_does_not_call_the_password_encoder_and_a_wrong_password_is_refused() {
        clearInvocations(passwordEncoder);
        assertThat(as("ana", "ana123").get(CHEAPEST).statusCode()).isEqualTo(200);
        verify(passwordEncoder, times(1)).matches(any(), anyString());

        clearInvocations(passwordEncoder);
        assertThat(as("ana", "ana123").get(CHEAPEST).statusCode()).isEqualTo(200);
        verify(passwordEncoder, never()).matches(any(), anyString());

        assertThat(as("ana", "ana124").get(CHEAPEST).statusCode()).isEqualTo(401);
        verify(passwordEncoder, times(1)).matches(any(), anyString());
        assertThat(as("ANA", "ana123").get(CHEAPEST).statusCode()).as("the right password is still known").isEqualTo(200);
        verify(passwordEncoder, times(1)).matches(any(), anyString());
    }

    @Test
    @Order(2)
    void an_erased_debtors_cached_credentials_open_nothing() {
        var debtor = debtors.register(new Debtor(null, "CACHE-ERIN", "Erin Cache", DebtorKind.PERSON, null,
                "erin@example.com", null, null, "CL", "es", null));
        accounts.activateDebtor(debtor.debtorId(), "erin", "erin@example.com", "Erin Cache", "erin-secret-2026");
        var erin = as("erin", "erin-secret-2026");
        assertThat(erin.get(CHEAPEST).statusCode()).isEqualTo(200);
        assertThat(erin.get(CHEAPEST).statusCode()).isEqualTo(200);

        debtors.erase(debtor.debtorId());

        assertThat(erin.get(CHEAPEST).statusCode()).isEqualTo(401);
        assertThat(erin.get(CHEAPEST).statusCode()).isEqualTo(401);
    }

    @Test
    @Order(3)
    void the_rate_limits_count_requests_answered_from_the_cache_and_wrong_passwords_alike() {
        var bruno = as("bruno", "bruno123");
        for (int i = 0; i < PER_CLIENT; i++) {
            assertThat(bruno.get(CHEAPEST).statusCode()).isEqualTo(200);
        }
        assertThat(bruno.get(CHEAPEST).statusCode()).as("the client's limit").isEqualTo(429);
        assertThat(as("bruno", "wrong").get(CHEAPEST).statusCode()).isEqualTo(401);
        assertThat(as("bruno", "wrong").get(CHEAPEST).statusCode()).as("the 14th request from this address").isEqualTo(401);

        var refused = as("ana", "ana123").get(CHEAPEST);
        assertThat(refused.statusCode()).as("the address's limit, cached credentials or not").isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }
}
