package dev.saldo.portal.debtor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import dev.saldo.domain.debtor.DebtorId;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Issues and spends the links that confirm a new e-mail address (one use, expiring, owned by one debtor). */
@Component
class ContactConfirmations {

    static final String PATH = "/contact/confirm/";

    private final EmailConfirmations confirmations;
    private final MongoTemplate mongo;
    private final ContactSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ContactConfirmations(EmailConfirmations confirmations, MongoTemplate mongo, ContactSettings settings, Clock clock) {
        this.confirmations = confirmations;
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
    }

    /** Queues a link to the address unless one still valid is already waiting for it. */
    void requestFor(DebtorId debtor, String address, String language) {
        var now = clock.instant();
        var waiting = Query.query(Criteria.where("debtorId").is(debtor.value()).and("address").is(address)
                .and("confirmedAt").is(null).and("expiresAt").gt(now));
        if (mongo.exists(waiting, EmailConfirmation.class)) {
            return;
        }
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var link = base().replaceAll("/+$", "") + PATH + token;
        confirmations.insert(new EmailConfirmation(null, hash(token), debtor.value(), address, language, link, now,
                now.plus(settings.confirmationValidity()), null, null, 0));
    }

    /** Spends the token in one atomic update if it is this debtor's, unexpired and unused; the address it confirms. */
    Optional<String> claim(DebtorId debtor, String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        var query = Query.query(Criteria.where("tokenHash").is(hash(token)).and("debtorId").is(debtor.value())
                .and("confirmedAt").is(null).and("expiresAt").gt(clock.instant()));
        var claimed = mongo.findAndModify(query, new Update().set("confirmedAt", clock.instant()),
                FindAndModifyOptions.options().returnNew(true), EmailConfirmation.class);
        return Optional.ofNullable(claimed).map(EmailConfirmation::address);
    }

    /** An erased debtor's pending links (and the addresses they were sent to) go with them. */
    @org.springframework.context.event.EventListener
    void on(DebtorErased event) {
        mongo.remove(Query.query(Criteria.where("debtorId").is(event.debtorId().value())), EmailConfirmation.class);
    }

    private String base() {
        if (settings.baseUrl() != null && !settings.baseUrl().isBlank()) {
            return settings.baseUrl();
        }
        try {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        } catch (IllegalStateException noRequest) {
            return "http://localhost:8080";
        }
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
