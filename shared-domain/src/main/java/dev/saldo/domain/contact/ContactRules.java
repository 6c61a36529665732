package dev.saldo.domain.contact;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.saldo.domain.api.ContactDetails;

/**
 * Checks a whole contact record and names every wrong field (by its JSON path, e.g. {@code phones[1].number})
 * with a message key saying what is wrong. The portal and the phone use the same rules.
 */
public final class ContactRules {

    /** Dot-atom local part and domain with a letter TLD: what mail servers actually accept. */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern HH_MM = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    private static final Set<String> LANGUAGES = Set.of("es", "en");
    private static final int MAX_TEXT = 200;
    private static final int MAX_ENTRIES = 5;

    private ContactRules() {
    }

    public static boolean isEmail(String address) {
        return address != null && address.length() <= 254 && address.indexOf('@') <= 64
                && EMAIL.matcher(address).matches();
    }

    public static boolean isE164(String number) {
        return number != null && E164.matcher(number).matches();
    }

    /** Every wrong field with its message key, in the record's order; empty when the record is valid. */
    public static Map<String, String> problems(ContactDetails record) {
        var errors = new LinkedHashMap<String, String>();
        if (record == null) {
            errors.put("emails", "contact.error.emails.required");
            return errors;
        }
        emails(record, errors);
        phones(record, errors);
        postalAddress(record.postalAddress(), errors);
        var optedOut = optedOut(record, errors);
        var preferred = Channel.parse(record.preferredChannel());
        if (preferred.isEmpty()) {
            errors.put("preferredChannel", "contact.error.channel.invalid");
        } else if (optedOut.contains(preferred.get())) {
            errors.put("preferredChannel", "contact.error.channel.opted-out");
        } else if (preferred.get() != Channel.EMAIL && record.primaryPhone() == null) {
            errors.put("preferredChannel", "contact.error.channel.needs-phone");
        }
        if (record.language() == null || !LANGUAGES.contains(record.language().strip().toLowerCase(Locale.ROOT))) {
            errors.put("language", "contact.error.language.invalid");
        }
        quietHours(record.quietHours(), errors);
        backup(record.backupContact(), errors);
        return errors;
    }

    private static void emails(ContactDetails record, Map<String, String> errors) {
        var emails = record.emails();
        if (emails == null || emails.isEmpty()) {
            errors.put("emails", "contact.error.emails.required");
            return;
        }
        if (emails.size() > MAX_ENTRIES) {
            errors.put("emails", "contact.error.too-many");
            return;
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < emails.size(); i++) {
            var address = emails.get(i) == null ? null : strip(emails.get(i).address());
            if (address == null || address.isEmpty()) {
                errors.put("emails[" + i + "].address", "contact.error.email.required");
            } else if (!isEmail(address)) {
                errors.put("emails[" + i + "].address", "contact.error.email.invalid");
            } else if (!seen.add(address.toLowerCase(Locale.ROOT))) {
                errors.put("emails[" + i + "].address", "contact.error.duplicate");
            }
        }
        if (emails.stream().filter(e -> e != null && e.primary()).count() != 1) {
            errors.put("emails", "contact.error.one-primary");
        }
    }

    private static void phones(ContactDetails record, Map<String, String> errors) {
        var phones = record.phones();
        if (phones == null || phones.isEmpty()) {
            return;
        }
        if (phones.size() > MAX_ENTRIES) {
            errors.put("phones", "contact.error.too-many");
            return;
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < phones.size(); i++) {
            var number = phones.get(i) == null ? null : strip(phones.get(i).number());
            if (!isE164(number)) {
                errors.put("phones[" + i + "].number", "contact.error.phone.e164");
            } else if (!seen.add(number)) {
                errors.put("phones[" + i + "].number", "contact.error.duplicate");
            }
        }
        if (phones.stream().filter(p -> p != null && p.primary()).count() != 1) {
            errors.put("phones", "contact.error.one-primary");
        }
    }

    private static void postalAddress(ContactDetails.PostalAddress address, Map<String, String> errors) {
        if (address == null) {
            return;
        }
        tooLong("postalAddress.street", address.street(), errors);
        tooLong("postalAddress.city", address.city(), errors);
        tooLong("postalAddress.region", address.region(), errors);
        tooLong("postalAddress.postalCode", address.postalCode(), errors);
        var country = strip(address.country());
        if (country != null && !country.isEmpty() && !COUNTRY.matcher(country).matches()) {
            errors.put("postalAddress.country", "contact.error.country.invalid");
        }
    }

    private static Set<Channel> optedOut(ContactDetails record, Map<String, String> errors) {
        var channels = new HashSet<Channel>();
        if (record.optedOutChannels() == null) {
            return channels;
        }
        for (int i = 0; i < record.optedOutChannels().size(); i++) {
            var channel = Channel.parse(record.optedOutChannels().get(i));
            if (channel.isEmpty()) {
                errors.put("optedOutChannels[" + i + "]", "contact.error.channel.invalid");
            } else {
                channels.add(channel.get());
            }
        }
        return channels;
    }

    private static void quietHours(ContactDetails.QuietHours quiet, Map<String, String> errors) {
        if (quiet == null) {
            return;
        }
        var from = time(quiet.from());
        var to = time(quiet.to());
        if (from == null) {
            errors.put("quietHours.from", "contact.error.time.invalid");
        }
        if (to == null) {
            errors.put("quietHours.to", "contact.error.time.invalid");
        }
        if (from != null && from.equals(to)) {
            errors.put("quietHours.to", "contact.error.time.same");
        }
    }

    private static void backup(ContactDetails.BackupContact backup, Map<String, String> errors) {
        if (backup == null) {
            return;
        }
        var name = strip(backup.name());
        if (name == null || name.isEmpty()) {
            errors.put("backupContact.name", "contact.error.required");
        } else {
            tooLong("backupContact.name", name, errors);
        }
        var relation = strip(backup.relation());
        if (relation == null || relation.isEmpty()) {
            errors.put("backupContact.relation", "contact.error.required");
        } else {
            tooLong("backupContact.relation", relation, errors);
        }
        if (!isE164(strip(backup.phone()))) {
            errors.put("backupContact.phone", "contact.error.phone.e164");
        }
    }

    /** "HH:mm" as a time, or null when it is not one. */
    public static LocalTime time(String text) {
        if (text == null || !HH_MM.matcher(text.strip()).matches()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void tooLong(String field, String value, Map<String, String> errors) {
        if (value != null && value.length() > MAX_TEXT) {
            errors.put(field, "contact.error.too-long");
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
