package dev.saldo.portal.debtor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.saldo.domain.api.ContactDetails;
import dev.saldo.domain.api.ContactDetails.Email;
import dev.saldo.domain.contact.ContactRules;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.identity.AccountDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * How Saldo reaches a debtor. A change replaces the whole record and is checked whole: if any field is
 * wrong nothing is saved, and each wrong field says why (as a message key). A new primary e-mail only
 * becomes primary once the link sent to it is opened; until then the confirmed one stays primary.
 */
@Service
public class ContactBook {

    /** The change was refused; each entry is a field and the message key saying what is wrong with it. */
    public static final class InvalidContact extends RuntimeException {

        private final Map<String, String> fieldErrorKeys;

        InvalidContact(Map<String, String> fieldErrorKeys) {
            super("Invalid contact fields " + fieldErrorKeys.keySet());
            this.fieldErrorKeys = Map.copyOf(fieldErrorKeys);
        }

        public Map<String, String> fieldErrorKeys() {
            return fieldErrorKeys;
        }
    }

    private final Debtors debtors;
    private final AccountDirectory accounts;
    private final ContactConfirmations confirmations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContactBook(Debtors debtors, AccountDirectory accounts, ContactConfirmations confirmations,
            ApplicationEventPublisher events, Clock clock) {
        this.debtors = debtors;
        this.accounts = accounts;
        this.confirmations = confirmations;
        this.events = events;
        this.clock = clock;
    }

    public Optional<ContactDetails> find(DebtorId debtor) {
        return debtors.findById(debtor.value()).map(ContactBook::current);
    }

    /**
     * Validates and saves in one document write; throws {@link InvalidContact} and saves nothing if a field is
     * wrong. A primary e-mail other than the confirmed one is kept as {@code pendingEmail} and sent a link.
     */
    public ContactDetails update(DebtorId id, ContactDetails requested) {
        var errors = ContactRules.problems(requested);
        if (!errors.isEmpty()) {
            throw new InvalidContact(errors);
        }
        var debtor = debtors.findById(id.value()).orElseThrow();
        var before = current(debtor);
        var wanted = normalized(requested);
        var confirmed = debtor.email();
        var asked = wanted.primaryEmail();
        String pending = null;
        var emails = wanted.emails();
        if (confirmed != null && !asked.equalsIgnoreCase(confirmed)) {
            pending = asked;
            emails = withPrimary(emails, confirmed);
        }
        var saved = new ContactDetails(emails, wanted.phones(), wanted.postalAddress(), wanted.preferredChannel(),
                wanted.language(), wanted.quietHours(), wanted.backupContact(), wanted.optedOutChannels(), pending);
        debtors.save(new Debtor(debtor.id(), debtor.externalId(), debtor.name(), debtor.kind(), debtor.taxId(),
                confirmed == null ? asked : confirmed, saved.primaryPhone(), debtor.postalCode(), debtor.country(),
                saved.language(), saved, debtor.version()));
        if (pending != null) {
            confirmations.requestFor(id, pending, saved.language());
        }
        announce(id, before, saved);
        return saved;
    }

    /** Makes the address the token was sent to primary, if it is still the one waiting and the link is valid. */
    public boolean confirmEmail(DebtorId id, String token) {
        var address = confirmations.claim(id, token);
        if (address.isEmpty()) {
            return false;
        }
        var debtor = debtors.findById(id.value()).orElseThrow();
        var before = current(debtor);
        if (before.pendingEmail() == null || !before.pendingEmail().equalsIgnoreCase(address.get())) {
            return false;
        }
        var saved = new ContactDetails(withPrimary(before.emails(), address.get()), before.phones(),
                before.postalAddress(), before.preferredChannel(), before.language(), before.quietHours(),
                before.backupContact(), before.optedOutChannels(), null);
        debtors.save(new Debtor(debtor.id(), debtor.externalId(), debtor.name(), debtor.kind(), debtor.taxId(),
                address.get(), debtor.phone(), debtor.postalCode(), debtor.country(), debtor.language(), saved,
                debtor.version()));
        accounts.emailChanged(id, address.get());
        events.publishEvent(new EmailConfirmed(id, clock.instant(), debtor.email(), address.get()));
        announce(id, before, saved);
        return true;
    }

    private void announce(DebtorId id, ContactDetails before, ContactDetails after) {
        var changes = changes(before, after);
        if (!changes.isEmpty()) {
            events.publishEvent(new ContactChanged(id, clock.instant(), changes));
        }
    }

    /** The stored record, or one derived from the debtor's e-mail and phone for debtors who never set one. */
    static ContactDetails current(Debtor debtor) {
        if (debtor.contact() != null) {
            return debtor.contact();
        }
        var emails = debtor.email() == null ? List.<Email>of() : List.of(new Email(debtor.email(), true));
        var phone = debtor.phone() == null ? null : debtor.phone().replaceAll("[ ()-]", "");
        var phones = ContactRules.isE164(phone) ? List.of(new ContactDetails.Phone(phone, true))
                : List.<ContactDetails.Phone>of();
        var address = debtor.postalCode() == null && debtor.country() == null ? null
                : new ContactDetails.PostalAddress(null, null, null, debtor.postalCode(), debtor.country());
        return new ContactDetails(emails, phones, address, "EMAIL", debtor.locale().getLanguage(), null, null,
                List.of(), null);
    }

    private static List<Email> withPrimary(List<Email> emails, String primary) {
        var result = new ArrayList<Email>();
        var present = false;
        for (var email : emails) {
            var isPrimary = email.address().equalsIgnoreCase(primary);
            present |= isPrimary;
            result.add(new Email(email.address(), isPrimary));
        }
        if (!present) {
            result.addFirst(new Email(primary, true));
        }
        return List.copyOf(result);
    }

    private static ContactDetails normalized(ContactDetails r) {
        var emails = r.emails().stream().map(e -> new Email(e.address().strip(), e.primary())).toList();
        var phones = r.phones() == null ? List.<ContactDetails.Phone>of()
                : r.phones().stream().map(p -> new ContactDetails.Phone(p.number().strip(), p.primary())).toList();
        var a = r.postalAddress();
        var address = a == null ? null : new ContactDetails.PostalAddress(text(a.street()), text(a.city()),
                text(a.region()), text(a.postalCode()), text(a.country()));
        var q = r.quietHours();
        var quiet = q == null ? null : new ContactDetails.QuietHours(q.from().strip(), q.to().strip());
        var b = r.backupContact();
        var backup = b == null ? null
                : new ContactDetails.BackupContact(b.name().strip(), b.relation().strip(), b.phone().strip());
        var optedOut = r.optedOutChannels() == null ? List.<String>of()
                : r.optedOutChannels().stream().map(String::strip).distinct().sorted().toList();
        return new ContactDetails(emails, phones, address, r.preferredChannel().strip(),
                r.language().strip().toLowerCase(Locale.ROOT), quiet, backup, optedOut, null);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Field-by-field differences as the timeline shows them. */
    static List<ContactChanged.FieldChange> changes(ContactDetails before, ContactDetails after) {
        var old = flat(before);
        var now = flat(after);
        return old.keySet().stream().filter(field -> !Objects.equals(old.get(field), now.get(field)))
                .map(field -> new ContactChanged.FieldChange(field, old.get(field), now.get(field))).toList();
    }

    private static Map<String, String> flat(ContactDetails r) {
        var map = new LinkedHashMap<String, String>();
        map.put("emails", r.emails() == null ? "" : r.emails().stream()
                .map(e -> e.address() + (e.primary() ? " *" : "")).collect(Collectors.joining(", ")));
        map.put("phones", r.phones() == null ? "" : r.phones().stream()
                .map(p -> p.number() + (p.primary() ? " *" : "")).collect(Collectors.joining(", ")));
        var a = r.postalAddress();
        map.put("postalAddress", a == null ? "" : join(a.street(), a.city(), a.region(), a.postalCode(), a.country()));
        map.put("preferredChannel", Objects.toString(r.preferredChannel(), ""));
        map.put("language", Objects.toString(r.language(), ""));
        var q = r.quietHours();
        map.put("quietHours", q == null ? "" : q.from() + "–" + q.to());
        var b = r.backupContact();
        map.put("backupContact", b == null ? "" : join(b.name(), b.relation(), b.phone()));
        map.put("optedOutChannels", r.optedOutChannels() == null ? "" : String.join(", ", r.optedOutChannels()));
        map.put("pendingEmail", Objects.toString(r.pendingEmail(), ""));
        return map;
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(Objects::nonNull).collect(Collectors.joining(", "));
    }
}
