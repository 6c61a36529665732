package dev.saldo.mobile.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Proof Key for Code Exchange (RFC 7636): a random verifier kept on the phone and its S256 challenge
 * sent with the authorization request, so an intercepted code is useless without the verifier.
 */
public record Pkce(String verifier, String challenge) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    public static Pkce create() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return of(URL.encodeToString(bytes));
    }

    /** The pair for a given verifier: 43 to 128 characters of [A-Za-z0-9-._~]. */
    public static Pkce of(String verifier) {
        if (verifier.length() < 43 || verifier.length() > 128 || !verifier.matches("[A-Za-z0-9\\-._~]+")) {
            throw new IllegalArgumentException("A PKCE verifier is 43 to 128 unreserved characters");
        }
        return new Pkce(verifier, s256(verifier));
    }

    public String method() {
        return "S256";
    }

    /** A random value for {@code state}, to match the answer to this request. */
    public static String randomState() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return URL.encodeToString(bytes);
    }

    private static String s256(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return URL.encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
