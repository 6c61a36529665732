package dev.saldo.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.saldo.domain.api.ContactDetails;
import dev.saldo.domain.api.ContactDetails.BackupContact;
import dev.saldo.domain.api.ContactDetails.Email;
import dev.saldo.domain.api.ContactDetails.Phone;
import dev.saldo.domain.api.ContactDetails.PostalAddress;
import dev.saldo.domain.api.ContactDetails.QuietHours;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ContactRulesTest {

    static ContactDetails valid() {
        return new ContactDetails(
                List.of(new Email("ana@example.cl", true), new Email("ana.trabajo@empresa.cl", false)),
                List.of(new Phone("+56912345678", true), new Phone("+56223456789", false)),
                new PostalAddress("Av. Providencia 1234", "Santiago", "RM", "7500000", "CL"),
                "WHATSAPP", "es", new QuietHours("21:00", "08:00"),
                new BackupContact("Pedro Rojas", "hermano", "+56987654321"), List.of("SMS"), null);
    }

    @Test
    void a_complete_record_has_no_problems() {
        assertThat(ContactRules.problems(valid())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana@@example.cl", "ana@example", "ana example@x.cl", ".ana@example.cl", "ana..b@example.cl",
            "ana@-example.cl", "ana@example.c", "@example.cl", "ana@"})
    void malformed_emails_are_refused(String address) {
        assertThat(ContactRules.isEmail(address)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana@example.cl", "o'brien+saldo@mail.example.co.uk", "x@a-b.io"})
    void real_emails_are_accepted(String address) {
        assertThat(ContactRules.isEmail(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"912345678", "+56 9 1234 5678", "+0912345678", "+123", "+1234567890123456", "call me"})
    void phones_must_be_e164(String number) {
        assertThat(ContactRules.isE164(number)).isFalse();
    }

    @Test
    void every_wrong_field_is_named_at_once() {
        var record = new ContactDetails(
                List.of(new Email("bad", false), new Email("ana@example.cl", false)),
                List.of(new Phone("12", true), new Phone("+56912345678", true)),
                new PostalAddress(null, null, null, null, "Chile"),
                "PIGEON", "fr", new QuietHours("25:00", "25:00"),
                new BackupContact("", "hermano", "555"), List.of("FAX"), null);

        assertThat(ContactRules.problems(record)).containsExactly(
                java.util.Map.entry("emails[0].address", "contact.error.email.invalid"),
                java.util.Map.entry("emails", "contact.error.one-primary"),
                java.util.Map.entry("phones[0].number", "contact.error.phone.e164"),
                java.util.Map.entry("phones", "contact.error.one-primary"),
                java.util.Map.entry("postalAddress.country", "contact.error.country.invalid"),
                java.util.Map.entry("optedOutChannels[0]", "contact.error.channel.invalid"),
                java.util.Map.entry("preferredChannel", "contact.error.channel.invalid"),
                java.util.Map.entry("language", "contact.error.language.invalid"),
                java.util.Map.entry("quietHours.from", "contact.error.time.invalid"),
                java.util.Map.entry("quietHours.to", "contact.error.time.invalid"),
                java.util.Map.entry("backupContact.name", "contact.error.required"),
                java.util.Map.entry("backupContact.phone", "contact.error.phone.e164"));
    }

    @Test
    void the_preferred_channel_cannot_be_one_the_debtor_opted_out_of() {
        var v = valid();
        var record = new ContactDetails(v.emails(), v.phones(), v.postalAddress(), "SMS", "es", v.quietHours(),
                v.backupContact(), List.of("SMS"), null);
        assertThat(ContactRules.problems(record)).containsOnlyKeys("preferredChannel");
    }

    @Test
    void sms_or_whatsapp_need_a_phone() {
        var v = valid();
        var record = new ContactDetails(v.emails(), List.of(), null, "WHATSAPP", "en", null, null, null, null);
        assertThat(ContactRules.problems(record)).containsEntry("preferredChannel", "contact.error.channel.needs-phone");
    }

    @Test
    void duplicate_addresses_are_refused() {
        var record = new ContactDetails(List.of(new Email("ana@example.cl", true), new Email("ANA@example.cl", false)),
                null, null, "EMAIL", "es", null, null, null, null);
        assertThat(ContactRules.problems(record)).containsOnlyKeys("emails[1].address");
    }
}
