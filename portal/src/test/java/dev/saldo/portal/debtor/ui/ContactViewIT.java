package dev.saldo.portal.debtor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import dev.saldo.portal.EmbeddedTestDatabase;
import dev.saldo.portal.debtor.ContactBook;
import dev.saldo.portal.identity.AccountDirectory;
import dev.saldo.portal.identity.SaldoUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The contact screen without a browser: every wrong field is marked with its own error and nothing is saved. */
@SpringBootTest
class ContactViewIT extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "contact-view");
    }

    @Autowired
    ContactBook contacts;

    @Autowired
    AccountDirectory accounts;

    @Test
    @WithUserDetails("ana")
    void wrong_fields_are_marked_one_by_one_and_nothing_is_saved() {
        var ana = ((SaldoUser) accounts.loadUserByUsername("ana")).debtorId().orElseThrow();
        var before = contacts.find(ana).orElseThrow();
        navigate(ContactView.class);

        text("contact-phone").setValue("9 1234 5678");
        $(EmailField.class).id("contact-other-email").setValue("ana@@otro");
        $(TimePicker.class).id("contact-quiet-from").setValue(LocalTime.of(21, 0));
        $(TimePicker.class).id("contact-quiet-to").clear();
        test($(Button.class).id("contact-save")).click();

        var phone = text("contact-phone");
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).isEqualTo(translation("contact.error.phone.e164"));
        assertThat($(EmailField.class).id("contact-other-email").getErrorMessage())
                .isEqualTo(translation("contact.error.email.invalid"));
        assertThat($(TimePicker.class).id("contact-quiet-to").isInvalid()).isTrue();
        assertThat($(EmailField.class).id("contact-email").isInvalid()).isFalse();
        assertThat($(Paragraph.class).id("contact-refused").getText()).isEqualTo(translation("contact.refused"));
        assertThat(contacts.find(ana).orElseThrow()).isEqualTo(before);

        text("contact-phone").setValue("+56912345678");
        $(EmailField.class).id("contact-other-email").setValue("");
        $(TimePicker.class).id("contact-quiet-to").setValue(LocalTime.of(8, 0));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> channel = $(RadioButtonGroup.class).id("contact-channel");
        channel.setValue("WHATSAPP");
        test($(Button.class).id("contact-save")).click();

        assertThat($(Paragraph.class).id("contact-saved").getText()).isEqualTo(translation("contact.saved"));
        assertThat(text("contact-phone").isInvalid()).isFalse();
        var saved = contacts.find(ana).orElseThrow();
        assertThat(saved.primaryPhone()).isEqualTo("+56912345678");
        assertThat(saved.preferredChannel()).isEqualTo("WHATSAPP");
        assertThat(saved.quietHours().from()).isEqualTo("21:00");
        assertThat(saved.quietHours().to()).isEqualTo("08:00");
    }

    private TextField text(String id) {
        return $(TextField.class).id(id);
    }

    private static String translation(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
