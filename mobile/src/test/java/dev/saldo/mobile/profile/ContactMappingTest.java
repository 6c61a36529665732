package dev.saldo.mobile.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saldo.domain.api.ContactDetails;
import org.junit.jupiter.api.Test;

class ContactMappingTest {

    @Test
    void a_missing_phone_shows_as_an_empty_field_and_an_empty_field_is_sent_as_no_phone() {
        var fields = ContactMapping.fields(new ContactDetails("ana@example.cl", null));

        assertThat(fields.phone()).isEmpty();
        assertThat(ContactMapping.details(new ContactMapping.Fields(" ana@example.cl ", "  ")))
                .isEqualTo(new ContactDetails("ana@example.cl", null));
    }
}
