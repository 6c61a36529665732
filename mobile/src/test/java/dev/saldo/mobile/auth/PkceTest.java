package dev.saldo.mobile.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PkceTest {

    @Test
    void the_challenge_is_the_s256_of_the_verifier_as_in_rfc_7636_appendix_b() {
        var pkce = Pkce.of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

        assertThat(pkce.challenge()).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        assertThat(pkce.method()).isEqualTo("S256");
    }

    @Test
    void each_sign_in_gets_a_fresh_verifier_of_43_unreserved_characters() {
        Set<String> verifiers = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            var pkce = Pkce.create();
            assertThat(pkce.verifier()).hasSize(43).matches("[A-Za-z0-9\\-._~]+");
            verifiers.add(pkce.verifier());
        }
        assertThat(verifiers).hasSize(50);
    }

    @Test
    void a_verifier_too_short_or_with_other_characters_is_refused() {
        assertThatThrownBy(() -> Pkce.of("short")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pkce.of("a".repeat(42) + "/")).isInstanceOf(IllegalArgumentException.class);
    }
}
