package dev.saldo.mobile.auth;

import java.time.Duration;
import java.time.Instant;

/** The tokens of a signed-in session; the access token is used until shortly before it expires. */
public record TokenSet(String accessToken, String refreshToken, Instant expiresAt, String idToken) {

    static final Duration EARLY = Duration.ofSeconds(30);

    public boolean isExpiringAt(Instant now) {
        return !now.plus(EARLY).isBefore(expiresAt);
    }
}
