package dev.saldo.mobile.profile;

import java.util.ArrayList;
import java.util.List;

import dev.saldo.domain.api.ContactDetails;

/**
 * The only place that knows the shape of {@code /api/v1/me/contact}'s JSON: between it and the
 * profile's fields. The phone edits the primary e-mail and phone; a PUT replaces the whole record, so
 * everything else (other addresses, postal address, preferences, quiet hours, backup contact,
 * opt-outs) is sent back exactly as the portal gave it. A new e-mail becomes primary only once the
 * debtor opens the link the portal mails to it ({@code pendingEmail} until then).
 */
final class ContactMapping {

    /** What the profile form edits. */
    record Fields(String email, String phone) {
    }

    private ContactMapping() {
    }

    static Fields fields(ContactDetails details) {
        return new Fields(nullToEmpty(details.primaryEmail()), nullToEmpty(details.primaryPhone()));
    }

    static ContactDetails details(Fields fields, ContactDetails current) {
        var email = fields.email().strip();
        var emails = new ArrayList<ContactDetails.Email>();
        emails.add(new ContactDetails.Email(email, true));
        others(current.emails()).stream().filter(e -> !e.primary() && !e.address().equalsIgnoreCase(email))
                .forEach(emails::add);

        // People type numbers with spaces, dashes and brackets; the portal stores E.164.
        var phone = fields.phone().replaceAll("[\\s().-]", "");
        var phones = new ArrayList<ContactDetails.Phone>();
        if (!phone.isEmpty()) {
            phones.add(new ContactDetails.Phone(phone, true));
        }
        for (var other : others(current.phones())) {
            if (!other.primary() && !other.number().equals(phone)) {
                phones.add(new ContactDetails.Phone(other.number(), phones.isEmpty()));
            }
        }
        return new ContactDetails(emails, phones, current.postalAddress(), current.preferredChannel(), current.language(),
                current.quietHours(), current.backupContact(), current.optedOutChannels(), null);
    }

    private static <T> List<T> others(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
