package dev.saldo.portal.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Which username and password were recently checked against which stored password hash. Neither the
 * password nor anything it can be recovered from is kept: only an HMAC-SHA256, under a key drawn at
 * random when the process starts, of the username, the password and the stored hash, with an expiry. A
 * different password gives a different HMAC, so it is never taken from here; a new stored hash (a
 * changed password, on any instance) does too. One entry per user, least recently used dropped first.
 */
@Component
class VerifiedCredentials {

    private static final String ALGORITHM = "HmacSHA256";

    private final CredentialCacheSettings settings;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Verified> byUsername;

    VerifiedCredentials(CredentialCacheSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        var secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.byUsername = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
                return size() > settings.maxEntries();
            }
        };
    }

    /** Whether this password was verified for this user and stored hash, and not longer ago than the TTL. */
    boolean verified(String username, String password, String storedHash) {
        if (!settings.enabled() || password == null || storedHash == null) {
            return false;
        }
        var mac = mac(username, password, storedHash);
        var now = Instant.now(clock);
        synchronized (byUsername) {
            var entry = byUsername.get(username);
            if (entry != null && !now.isBefore(entry.expires())) {
                byUsername.remove(username);
                return false;
            }
            return entry != null && MessageDigest.isEqual(entry.mac(), mac);
        }
    }

    /** Records that the password matched the stored hash just now. */
    void remember(String username, String password, String storedHash) {
        if (!settings.enabled() || password == null || storedHash == null) {
            return;
        }
        var entry = new Verified(mac(username, password, storedHash), Instant.now(clock).plus(settings.ttl()));
        synchronized (byUsername) {
            byUsername.put(username, entry);
        }
    }

    /** Drops what is known of this user (password changed, account disabled, locked or deleted). */
    void forget(String username) {
        synchronized (byUsername) {
            byUsername.remove(username);
        }
    }

    int size() {
        synchronized (byUsername) {
            return byUsername.size();
        }
    }

    private byte[] mac(String username, String password, String storedHash) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            for (var part : new String[] {username, password, storedHash}) {
                var bytes = part.getBytes(StandardCharsets.UTF_8);
                mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array()); // no ambiguity between parts
                mac.update(bytes);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private record Verified(byte[] mac, Instant expires) {
    }
}
