package dev.saldo.portal.activation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.api.RateLimiter;
import dev.saldo.portal.debtor.Debtor;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.identity.AccountDirectory;
import dev.saldo.portal.invoice.InvoiceBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Lets a debtor who never signed in claim their account. Whatever is typed, the answer to a link
 * request is the same ("if it matches, we sent a link"), so nobody learns whether an invoice exists;
 * only the rate limits (per invoice number and per address) answer differently. The link goes to the
 * e-mail on file, never to an address typed here, works once and expires.
 */
@Service
public class ActivationDesk {

    /** What a link request led to, as far as the person asking may know. */
    public sealed interface Requested {
        /** Accepted: a link was sent if, and only if, the data matched. */
        record Accepted() implements Requested {
        }

        /** Too many attempts; try again after this many seconds. */
        record Throttled(long retryAfterSeconds) implements Requested {
        }
    }

    /** A valid, unused link: who it is for. */
    public record Pending(String maskedEmail) {
    }

    /** The password was refused (field to message key), the link is not (or no longer) valid, or all is done. */
    public sealed interface Activated {
        record Done(String username) implements Activated {
        }

        record Refused(Map<String, String> fieldErrorKeys) implements Activated {
        }

        record LinkInvalid() implements Activated {
        }
    }

    public static final int MIN_PASSWORD = 10;
    private static final int MAX_PASSWORD = 128;
    private static final Logger log = LoggerFactory.getLogger(ActivationDesk.class);

    private final ActivationSettings settings;
    private final ActivationRequests requests;
    private final MongoTemplate mongo;
    private final InvoiceBook invoices;
    private final DebtorDirectory debtors;
    private final AccountDirectory accounts;
    private final Clock clock;
    private final RateLimiter perInvoice;
    private final RateLimiter perAddress;
    private final SecureRandom random = new SecureRandom();

    ActivationDesk(ActivationSettings settings, ActivationRequests requests, MongoTemplate mongo, InvoiceBook invoices,
            DebtorDirectory debtors, AccountDirectory accounts, Clock clock) {
        this.settings = settings;
        this.requests = requests;
        this.mongo = mongo;
        this.invoices = invoices;
        this.debtors = debtors;
        this.accounts = accounts;
        this.clock = clock;
        this.perInvoice = new RateLimiter(settings.attemptsPerInvoice(), settings.attemptWindow(), clock);
        this.perAddress = new RateLimiter(settings.attemptsPerAddress(), settings.attemptWindow(), clock);
    }

    /**
     * Queues a link to the e-mail on file if the invoice number and the verifier (tax id or postal
     * code) belong to one debtor who has no login yet. {@code linkBase} is the portal's address when
     * no base URL is configured.
     */
    public Requested requestLink(String invoiceNumber, String verifier, String clientAddress, String linkBase) {
        var number = invoiceNumber == null ? "" : invoiceNumber.strip().toUpperCase(Locale.ROOT);
        var wait = firstWait(perAddress.tryAcquire(clientAddress), perInvoice.tryAcquire(number));
        if (wait.isPresent()) {
            return new Requested.Throttled(wait.getAsLong());
        }
        invoices.debtorOfInvoiceNumber(number)
                .flatMap(debtors::find)
                .filter(debtor -> matches(debtor, verifier))
                .filter(debtor -> debtor.email() != null && !debtor.email().isBlank())
                .filter(debtor -> !accounts.hasAccount(debtor.debtorId()))
                .ifPresent(debtor -> queue(debtor, linkBase));
        return new Requested.Accepted();
    }

    public long linkValidityMinutes() {
        return settings.linkValidity().toMinutes();
    }

    public Optional<Pending> pending(String token) {
        return valid(token).map(request -> new Pending(mask(request.email())));
    }

    /** Sets the password and creates the login; the link is spent only when that succeeds. */
    public Activated activate(String token, String password, String confirmation) {
        var errors = new LinkedHashMap<String, String>();
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            errors.put("password", "activation.error.password.length");
        } else if (!password.equals(confirmation)) {
            errors.put("confirmation", "activation.error.password.mismatch");
        }
        if (valid(token).isEmpty()) {
            return new Activated.LinkInvalid();
        }
        if (!errors.isEmpty()) {
            return new Activated.Refused(errors);
        }
        var claimed = claim(hash(token));
        if (claimed == null) {
            return new Activated.LinkInvalid();
        }
        var debtor = DebtorId.of(claimed.debtorId());
        if (accounts.hasAccount(debtor)) {
            return new Activated.LinkInvalid();
        }
        var username = claimed.email().strip().toLowerCase(Locale.ROOT);
        try {
            var name = debtors.find(debtor).map(Debtor::name).orElse(username);
            accounts.activateDebtor(debtor, username, claimed.email(), name, password);
        } catch (RuntimeException e) {
            log.warn("Activation of debtor {} failed; the link stays usable", debtor.value(), e);
            mongo.updateFirst(Query.query(Criteria.where("_id").is(claimed.id())), new Update().unset("usedAt"),
                    ActivationRequest.class);
            throw e;
        }
        return new Activated.Done(username);
    }

    private Optional<ActivationRequest> valid(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return requests.findByTokenHash(hash(token))
                .filter(request -> request.usedAt() == null && request.expiresAt().isAfter(clock.instant()));
    }

    /** Marks the link used in one atomic update, so two tabs cannot both use it. */
    private ActivationRequest claim(String tokenHash) {
        var query = Query.query(Criteria.where("tokenHash").is(tokenHash).and("usedAt").is(null)
                .and("expiresAt").gt(clock.instant()));
        return mongo.findAndModify(query, new Update().set("usedAt", clock.instant()),
                FindAndModifyOptions.options().returnNew(true), ActivationRequest.class);
    }

    private void queue(Debtor debtor, String linkBase) {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var base = settings.baseUrl() == null || settings.baseUrl().isBlank() ? linkBase : settings.baseUrl();
        var link = base.replaceAll("/+$", "") + "/activate/" + token;
        var now = clock.instant();
        requests.insert(new ActivationRequest(null, hash(token), debtor.id(), debtor.email(), debtor.locale().getLanguage(),
                link, now, now.plus(settings.linkValidity()), null, null, 0, null));
    }

    static boolean matches(Debtor debtor, String verifier) {
        var given = normalize(verifier);
        return given.length() >= 3 && (given.equals(normalize(debtor.taxId())) || given.equals(normalize(debtor.postalCode())));
    }

    private static String normalize(String value) {
        return value == null ? "" : value.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    }

    static String mask(String email) {
        var at = email.indexOf('@');
        return at <= 1 ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
    }

    private static OptionalLong firstWait(OptionalLong a, OptionalLong b) {
        return a.isPresent() ? a : b;
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
