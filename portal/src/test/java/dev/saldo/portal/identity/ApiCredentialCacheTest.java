package dev.saldo.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The API's HTTP Basic check skips bcrypt only for the very credentials it verified, for as long as they stay valid. */
class ApiCredentialCacheTest {

    private Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private final CountingEncoder encoder = new CountingEncoder(new BCryptPasswordEncoder(4));
    private final Map<String, UserDetails> users = new HashMap<>();
    private VerifiedCredentials verified = new VerifiedCredentials(new CredentialCacheSettings(Duration.ofMinutes(5), 100), clock);
    private CachedPasswordCheck check = check();

    private CachedPasswordCheck check() {
        var provider = new CachedPasswordCheck(username -> {
            var user = users.get(username);
            if (user == null) {
                throw new UsernameNotFoundException(username);
            }
            return User.withUserDetails(user).build(); // a fresh copy per request, as the account directory reads it
        }, encoder, verified);
        provider.afterPropertiesSet();
        return provider;
    }

    private void account(String username, String password) {
        users.put(username, User.withUsername(username).password(encoder.delegate.encode(password)).roles("DEBTOR").build());
    }

    private Authentication signIn(String username, String password) {
        return check.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    /** How many password checks the next call costs. */
    private int checksFor(Runnable request) {
        var before = encoder.calls;
        request.run();
        return encoder.calls - before;
    }

    @Test
    void the_second_request_with_the_same_credentials_does_not_call_the_password_encoder() {
        account("ana", "ana123");

        assertThat(checksFor(() -> signIn("ana", "ana123"))).isPositive();
        assertThat(checksFor(() -> assertThat(signIn("ana", "ana123").isAuthenticated()).isTrue())).isZero();
    }

    @Test
    void a_wrong_password_after_a_cached_right_one_is_refused_by_the_real_check() {
        account("ana", "ana123");
        signIn("ana", "ana123");

        assertThat(checksFor(() -> assertThatThrownBy(() -> signIn("ana", "ana124")).isInstanceOf(BadCredentialsException.class)))
                .as("the wrong password went to bcrypt").isEqualTo(1);
        assertThat(checksFor(() -> signIn("ana", "ana123"))).as("the right one is still known").isZero();
    }

    @Test
    void a_password_change_invalidates_the_cached_credentials() {
        account("ana", "ana123");
        signIn("ana", "ana123");

        account("ana", "new-secret-2026");

        assertThatThrownBy(() -> signIn("ana", "ana123")).isInstanceOf(BadCredentialsException.class);
        assertThat(checksFor(() -> signIn("ana", "new-secret-2026"))).isEqualTo(1);
        assertThat(checksFor(() -> signIn("ana", "new-secret-2026"))).isZero();
    }

    @Test
    void a_forgotten_user_has_the_password_checked_again() {
        account("ana", "ana123");
        signIn("ana", "ana123");

        verified.forget("ana");

        assertThat(checksFor(() -> signIn("ana", "ana123"))).isEqualTo(1);
    }

    @Test
    void a_disabled_or_locked_account_is_refused_even_with_cached_credentials() {
        account("ana", "ana123");
        account("bruno", "bruno123");
        signIn("ana", "ana123");
        signIn("bruno", "bruno123");

        users.put("ana", User.withUserDetails(users.get("ana")).disabled(true).build());
        users.put("bruno", User.withUserDetails(users.get("bruno")).accountLocked(true).build());

        assertThatThrownBy(() -> signIn("ana", "ana123")).isInstanceOf(DisabledException.class);
        assertThatThrownBy(() -> signIn("bruno", "bruno123")).isInstanceOf(LockedException.class);
    }

    @Test
    void verified_credentials_expire_after_the_configured_time() {
        account("ana", "ana123");
        signIn("ana", "ana123");

        now = now.plus(Duration.ofMinutes(5)).minusSeconds(1);
        assertThat(checksFor(() -> signIn("ana", "ana123"))).isZero();
        now = now.plusSeconds(1);
        assertThat(checksFor(() -> signIn("ana", "ana123"))).isEqualTo(1);
    }

    @Test
    void the_cache_keeps_at_most_the_configured_number_of_users_dropping_the_least_recently_used() {
        verified = new VerifiedCredentials(new CredentialCacheSettings(Duration.ofMinutes(5), 2), clock);
        check = check();
        account("ana", "ana123");
        account("bruno", "bruno123");
        account("carla", "carla123");
        signIn("ana", "ana123");
        signIn("bruno", "bruno123");
        signIn("ana", "ana123");

        signIn("carla", "carla123");

        assertThat(verified.size()).isEqualTo(2);
        assertThat(checksFor(() -> signIn("ana", "ana123"))).isZero();
        assertThat(checksFor(() -> signIn("bruno", "bruno123"))).as("the least recently used was dropped").isEqualTo(1);
    }

    @Test
    void a_zero_ttl_turns_the_cache_off() {
        verified = new VerifiedCredentials(new CredentialCacheSettings(Duration.ZERO, 100), clock);
        check = check();
        account("ana", "ana123");
        signIn("ana", "ana123");

        assertThat(checksFor(() -> signIn("ana", "ana123"))).isEqualTo(1);
        assertThat(verified.size()).isZero();
    }

    @Test
    void an_unknown_user_is_refused_and_nothing_is_remembered() {
        assertThatThrownBy(() -> signIn("nobody", "x")).isInstanceOf(BadCredentialsException.class);
        assertThat(verified.size()).isZero();
    }

    /** Counts the password checks (matches) of the encoder it wraps. */
    private static final class CountingEncoder implements PasswordEncoder {

        final PasswordEncoder delegate;
        int calls;

        CountingEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String encode(CharSequence raw) {
            return delegate.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            calls++;
            return delegate.matches(raw, encoded);
        }
    }
}
