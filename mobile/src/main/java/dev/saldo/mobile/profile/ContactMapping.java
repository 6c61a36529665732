package dev.saldo.mobile.profile;

import dev.saldo.domain.api.ContactDetails;

/**
 * The only place that knows the shape of {@code /api/v1/me/contact}'s JSON: between it and the
 * profile's fields. When {@link ContactDetails} grows (preferences, channels), only this class and the
 * form's fields change.
 */
final class ContactMapping {

    /** What the profile form edits. */
    record Fields(String email, String phone) {
    }

    private ContactMapping() {
    }

    static Fields fields(ContactDetails details) {
        return new Fields(nullToEmpty(details.email()), nullToEmpty(details.phone()));
    }

    static ContactDetails details(Fields fields) {
        String phone = fields.phone().strip();
        return new ContactDetails(fields.email().strip(), phone.isEmpty() ? null : phone);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
