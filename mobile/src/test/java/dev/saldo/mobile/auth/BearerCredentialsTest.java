package dev.saldo.mobile.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saldo.mobile.api.StubPortal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BearerCredentialsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private static String discovery(URI base) {
        return """
                {"authorization_endpoint":"%sauth","token_endpoint":"%stoken","end_session_endpoint":"%slogout"}
                """.formatted(base, base, base);
    }

    @Test
    void a_fresh_access_token_is_sent_as_is() throws Exception {
        try (var stub = new StubPortal()) {
            var credentials = new BearerCredentials(new OidcClient(stub.baseUrl(), "saldo-mobile", clock),
                    new TokenSet("access-1", "refresh-1", NOW.plusSeconds(300), "id"), "ana", clock);

            assertThat(credentials.authorization()).isEqualTo("Bearer access-1");
            assertThat(stub.seen()).isEmpty();
        }
    }

    @Test
    void an_access_token_about_to_expire_is_refreshed_silently_with_the_refresh_token() throws Exception {
        try (var stub = new StubPortal()) {
            stub.then(200, "application/json", discovery(stub.baseUrl()))
                    .then(200, "application/json", "{\"access_token\":\"access-2\",\"refresh_token\":\"refresh-2\",\"expires_in\":300}");
            var credentials = new BearerCredentials(new OidcClient(stub.baseUrl(), "saldo-mobile", clock),
                    new TokenSet("access-1", "refresh-1", NOW.plusSeconds(10), "id"), "ana", clock);

            assertThat(credentials.authorization()).isEqualTo("Bearer access-2");
            assertThat(stub.seen().get(1).path()).isEqualTo("/token");
            assertThat(stub.seen().get(1).body()).contains("grant_type=refresh_token", "refresh_token=refresh-1",
                    "client_id=saldo-mobile");
            assertThat(credentials.tokens().refreshToken()).isEqualTo("refresh-2");
            assertThat(credentials.tokens().expiresAt()).isEqualTo(NOW.plusSeconds(300));
        }
    }

    @Test
    void signing_out_ends_the_realm_session_and_forgets_the_tokens() throws Exception {
        try (var stub = new StubPortal()) {
            stub.then(200, "application/json", discovery(stub.baseUrl())).then(204, "text/plain", "");
            var credentials = new BearerCredentials(new OidcClient(stub.baseUrl(), "saldo-mobile", clock),
                    new TokenSet("access-1", "refresh-1", NOW.plusSeconds(300), "id"), "ana", clock);

            credentials.forget();

            assertThat(credentials.authorization()).isNull();
            assertThat(credentials.tokens()).isNull();
            assertThat(stub.seen().getLast().path()).isEqualTo("/logout");
            assertThat(stub.seen().getLast().body()).contains("refresh_token=refresh-1");
        }
    }

    @Test
    void the_authorization_address_carries_the_pkce_challenge_state_and_loopback_redirect() throws Exception {
        try (var stub = new StubPortal()) {
            stub.then(200, "application/json", discovery(stub.baseUrl()));
            var pkce = Pkce.of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

            URI uri = new OidcClient(stub.baseUrl(), "saldo-mobile", clock)
                    .authorizationUri(URI.create("http://127.0.0.1:53111/callback"), pkce, "st4te");

            assertThat(uri.toString()).startsWith(stub.baseUrl() + "auth?response_type=code&client_id=saldo-mobile")
                    .contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A53111%2Fcallback", "state=st4te",
                            "code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", "code_challenge_method=S256");
        }
    }
}
