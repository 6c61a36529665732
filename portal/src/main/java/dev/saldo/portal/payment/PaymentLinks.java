package dev.saldo.portal.payment;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.saldo.domain.debtor.DebtorId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Signed, expiring links to the payment screen, for reminders. A link names the debtor it was made for
 * and the message that carried it; it is not a credential: opening it still leads through sign-in, and a
 * link made for another debtor is refused. Format: {@code base64url(debtor|reference|expiry).base64url(HMAC-SHA256)}.
 */
@Service
public class PaymentLinks {

    /** The path of the screen that opens a link: {@code pay/link/<token>}. */
    public static final String PATH = "pay/link";

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,600}\\.[A-Za-z0-9_-]{43}");
    private static final String KEY_ID = "payment-link";

    private final PaymentLinkSettings settings;
    private final ReturnLinks links;
    private final MongoTemplate mongo;
    private final Clock clock;
    private volatile byte[] key;

    PaymentLinks(PaymentLinkSettings settings, ReturnLinks links, MongoTemplate mongo, Clock clock) {
        this.settings = settings;
        this.links = links;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** What a valid link says. */
    public record PaymentLink(DebtorId debtor, String reference, Instant expiresAt) {
    }

    /** An absolute link to the payment screen for this debtor, valid for the configured time. */
    public String issue(DebtorId debtor, String reference) {
        return links.to(PATH + "/" + token(debtor, reference, clock.instant().plus(settings.validity())));
    }

    /** The token alone, expiring at the given instant. */
    public String token(DebtorId debtor, String reference, Instant expiresAt) {
        if (reference.contains("|") || debtor.value().contains("|")) {
            throw new IllegalArgumentException("A link's debtor and reference cannot contain '|'");
        }
        var payload = debtor.value() + "|" + reference + "|" + expiresAt.getEpochSecond();
        var encoded = ENCODE.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + ENCODE.encodeToString(sign(encoded));
    }

    /** The link a token stands for, when it is well formed, signed by this portal and not yet expired. */
    public Optional<PaymentLink> verify(String token) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        var dot = token.indexOf('.');
        var encoded = token.substring(0, dot);
        if (!MessageDigest.isEqual(sign(encoded), DECODE.decode(token.substring(dot + 1)))) {
            return Optional.empty();
        }
        var parts = new String(DECODE.decode(encoded), StandardCharsets.UTF_8).split("\\|", -1);
        if (parts.length != 3 || !parts[2].matches("\\d{1,12}") || parts[0].isBlank()) {
            return Optional.empty();
        }
        var expiresAt = Instant.ofEpochSecond(Long.parseLong(parts[2]));
        if (!clock.instant().isBefore(expiresAt)) {
            return Optional.empty();
        }
        return Optional.of(new PaymentLink(DebtorId.of(parts[0]), parts[1], expiresAt));
    }

    private byte[] sign(String encodedPayload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(encodedPayload.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private byte[] key() {
        var known = key;
        if (known != null) {
            return known;
        }
        var configured = settings.secret();
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < 32) {
                throw new IllegalStateException("saldo.payment.link.secret must be at least 32 characters");
            }
            known = configured.getBytes(StandardCharsets.UTF_8);
        } else {
            known = storedKey();
        }
        key = known;
        return known;
    }

    /** The key kept in the database: the first instance to need one writes it, every later reader gets that one. */
    private byte[] storedKey() {
        var fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        var byId = Query.query(Criteria.where("_id").is(KEY_ID));
        mongo.upsert(byId, new Update().setOnInsert("key", ENCODE.encodeToString(fresh)), LinkKey.class);
        var stored = mongo.findOne(byId, LinkKey.class);
        return DECODE.decode(stored.key());
    }

    @Document("link_keys")
    record LinkKey(@Id String id, String key) {
    }
}
