package dev.saldo.mobile.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saldo.mobile.api.ApiClient;
import dev.saldo.mobile.i18n.Messages;
import dev.saldo.mobile.shell.AppContext;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path storage;

    @Test
    void the_portal_address_and_language_are_kept_in_private_storage_across_restarts() {
        var settings = new Settings(storage);
        settings.baseUrl(URI.create("https://saldo.example.cl"));
        settings.language(Locale.ENGLISH);

        var afterRestart = new Settings(storage);

        assertThat(afterRestart.baseUrl()).isEqualTo(URI.create("https://saldo.example.cl/"));
        assertThat(afterRestart.language()).contains(Locale.ENGLISH);
        assertThat(storage.resolve("settings.properties")).exists();
    }

    @Test
    void without_settings_the_app_uses_the_local_portal_built_in_accounts_and_the_phones_language() {
        var settings = new Settings(storage);

        assertThat(settings.baseUrl()).isEqualTo(Settings.DEFAULT_BASE_URL);
        assertThat(settings.language()).isEmpty();
        assertThat(settings.signInMode()).isEqualTo(Settings.SignInMode.BUILT_IN);
        assertThat(settings.clientId()).isEqualTo("saldo-mobile");
    }

    @Test
    void the_language_override_wins_over_the_phones_language_until_it_is_cleared() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.of("es", "CL"));
            var context = new AppContext(storage, uri -> { }, Clock.systemUTC(), ApiClient.Limits.DEFAULT);
            assertThat(context.language()).isEqualTo(Messages.SPANISH);

            context.settings().language(Locale.ENGLISH);
            context.languageChanged();
            assertThat(context.language()).isEqualTo(Messages.ENGLISH);
            assertThat(context.messages("dev.saldo.mobile.shell.shell").get("nav.invoices")).isEqualTo("Invoices");

            context.settings().language(null);
            context.languageChanged();
            assertThat(context.language()).isEqualTo(Messages.SPANISH);
        } finally {
            Locale.setDefault(before);
        }
    }
}
