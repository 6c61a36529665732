package dev.saldo.portal.debtor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.identity.AccountDirectory;
import org.springframework.stereotype.Service;

/**
 * How Saldo reaches a debtor. A change is checked whole: if any field is wrong nothing is saved, and
 * each wrong field says why (as a message key). A new e-mail is also the debtor's login e-mail in Keycloak.
 */
@Service
public class ContactBook {

    /** What a debtor can change about how to reach them. */
    public record Contact(String email, String phone) {
    }

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

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,22}[0-9]");

    private final Debtors debtors;
    private final AccountDirectory accounts;

    ContactBook(Debtors debtors, AccountDirectory accounts) {
        this.debtors = debtors;
        this.accounts = accounts;
    }

    public Optional<Contact> find(DebtorId debtor) {
        return debtors.findById(debtor.value()).map(d -> new Contact(d.email(), d.phone()));
    }

    /** Validates and saves in one document write; throws {@link InvalidContact} and saves nothing if a field is wrong. */
    public Contact update(DebtorId id, Contact requested) {
        var email = requested.email() == null ? "" : requested.email().strip();
        var phone = requested.phone() == null ? "" : requested.phone().strip();
        var errors = new LinkedHashMap<String, String>();
        if (email.isEmpty()) {
            errors.put("email", "contact.error.email.required");
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.put("email", "contact.error.email.invalid");
        }
        if (!phone.isEmpty() && (!PHONE.matcher(phone).matches() || phone.replaceAll("\\D", "").length() < 7)) {
            errors.put("phone", "contact.error.phone.invalid");
        }
        if (!errors.isEmpty()) {
            throw new InvalidContact(errors);
        }
        var debtor = debtors.findById(id.value()).orElseThrow();
        var emailChanged = !email.equalsIgnoreCase(debtor.email() == null ? "" : debtor.email());
        debtors.save(new Debtor(debtor.id(), debtor.externalId(), debtor.name(), debtor.kind(), debtor.taxId(), email,
                phone.isEmpty() ? null : phone, debtor.postalCode(), debtor.country(), debtor.language(),
                debtor.version()));
        if (emailChanged) {
            accounts.emailChanged(id, email);
        }
        return new Contact(email, phone.isEmpty() ? null : phone);
    }
}
