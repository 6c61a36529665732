package dev.saldo.mobile.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

    private static final String HOME = "dev.saldo.mobile.shell.shell";

    @ParameterizedTest
    @ValueSource(strings = {"es", "es-CL", "es-ES", "es-MX", "es-US"})
    void a_phone_in_spanish_from_any_country_gets_spanish(String phoneLocale) {
        assertThat(Messages.languageFor(Locale.forLanguageTag(phoneLocale))).isEqualTo(Messages.SPANISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "fr-FR", "pt-BR", "de", "und"})
    void a_phone_in_any_other_language_gets_english(String phoneLocale) {
        assertThat(Messages.languageFor(Locale.forLanguageTag(phoneLocale))).isEqualTo(Messages.ENGLISH);
    }

    @Test
    void texts_come_from_the_bundle_of_the_chosen_language() {
        assertThat(Messages.load(HOME, Locale.forLanguageTag("es-CL")).get("nav.invoices")).isEqualTo("Facturas");
        assertThat(Messages.load(HOME, Locale.GERMANY).get("nav.invoices")).isEqualTo("Invoices");
    }

    @Test
    void the_phone_language_is_read_from_the_default_locale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("es-AR"));
            assertThat(Messages.load(HOME).language()).isEqualTo(Messages.SPANISH);
            Locale.setDefault(Locale.JAPAN);
            assertThat(Messages.load(HOME).language()).isEqualTo(Messages.ENGLISH);
        } finally {
            Locale.setDefault(before);
        }
    }
}
