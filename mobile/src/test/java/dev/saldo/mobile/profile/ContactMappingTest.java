package dev.saldo.mobile.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.saldo.domain.api.ContactDetails;
import org.junit.jupiter.api.Test;

class ContactMappingTest {

    private static final ContactDetails ANA = new ContactDetails(
            List.of(new ContactDetails.Email("ana@example.cl", true), new ContactDetails.Email("ana@trabajo.cl", false)),
            List.of(), new ContactDetails.PostalAddress("Av. Providencia 1234", "Santiago", "RM", "7500000", "CL"),
            "EMAIL", "es", new ContactDetails.QuietHours("21:00", "08:00"),
            new ContactDetails.BackupContact("Pedro Rojas", "hermano", "+56911112222"), List.of("WHATSAPP"), null);

    @Test
    void a_missing_phone_shows_as_an_empty_field_and_an_empty_field_is_sent_as_no_phone() {
        var fields = ContactMapping.fields(ANA);

        assertThat(fields.email()).isEqualTo("ana@example.cl");
        assertThat(fields.phone()).isEmpty();
        assertThat(ContactMapping.details(new ContactMapping.Fields(" ana@example.cl ", "  "), ANA).phones()).isEmpty();
    }

    @Test
    void a_typed_phone_becomes_the_primary_in_e164_and_everything_the_form_does_not_show_is_sent_back_unchanged() {
        var sent = ContactMapping.details(new ContactMapping.Fields("ana@example.cl", "+56 9 8765-4321"), ANA);

        assertThat(sent.primaryPhone()).isEqualTo("+56987654321");
        assertThat(sent.emails()).isEqualTo(ANA.emails());
        assertThat(sent.postalAddress()).isEqualTo(ANA.postalAddress());
        assertThat(sent.quietHours()).isEqualTo(ANA.quietHours());
        assertThat(sent.backupContact()).isEqualTo(ANA.backupContact());
        assertThat(sent.optedOutChannels()).containsExactly("WHATSAPP");
        assertThat(sent.preferredChannel()).isEqualTo("EMAIL");
    }

    @Test
    void a_new_email_is_sent_as_the_primary_and_the_other_addresses_are_kept() {
        var sent = ContactMapping.details(new ContactMapping.Fields("ana.nueva@example.cl", ""), ANA);

        assertThat(sent.primaryEmail()).isEqualTo("ana.nueva@example.cl");
        assertThat(sent.emails()).extracting(ContactDetails.Email::address).containsExactly("ana.nueva@example.cl", "ana@trabajo.cl");
    }
}
