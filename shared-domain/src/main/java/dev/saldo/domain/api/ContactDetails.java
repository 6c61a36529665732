package dev.saldo.domain.api;

import java.util.List;

/**
 * {@code GET/PUT /api/v1/me/contact}: how Saldo reaches the debtor. A PUT replaces the whole record.
 * Channels are {@code "EMAIL"}, {@code "SMS"} or {@code "WHATSAPP"}; phones are E.164 ({@code +56912345678});
 * quiet hours are local {@code "HH:mm"} times in the portfolio's time zone (from may be after to: overnight).
 * {@code pendingEmail} is read-only: an address asked to become primary, waiting for its confirmation link.
 */
public record ContactDetails(
        List<Email> emails,
        List<Phone> phones,
        PostalAddress postalAddress,
        String preferredChannel,
        String language,
        QuietHours quietHours,
        BackupContact backupContact,
        List<String> optedOutChannels,
        String pendingEmail) {

    /** An e-mail address; exactly one is primary. */
    public record Email(String address, boolean primary) {
    }

    /** A phone number in E.164; exactly one is primary when there are any. */
    public record Phone(String number, boolean primary) {
    }

    /** Where letters go; every field optional but the country is an ISO 3166 alpha-2 code when given. */
    public record PostalAddress(String street, String city, String region, String postalCode, String country) {
    }

    /** No reminder is sent between {@code from} and {@code to} (local "HH:mm"). */
    public record QuietHours(String from, String to) {
    }

    /** Someone to reach when the debtor cannot be reached. */
    public record BackupContact(String name, String relation, String phone) {
    }

    /** The primary e-mail address, or null. */
    public String primaryEmail() {
        return emails == null ? null
                : emails.stream().filter(Email::primary).map(Email::address).findFirst().orElse(null);
    }

    /** The primary phone number, or null. */
    public String primaryPhone() {
        return phones == null ? null
                : phones.stream().filter(Phone::primary).map(Phone::number).findFirst().orElse(null);
    }
}
