package dev.saldo.mobile.storage;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The phone's settings, a properties file in private storage (Attach's settings service is not on our
 * mirror): the portal's address, an optional language override, and how to sign in.
 */
public final class Settings {

    public static final URI DEFAULT_BASE_URL = URI.create("http://localhost:8080/");

    /** Built-in accounts of the embedded portal, or Keycloak (OIDC with PKCE). */
    public enum SignInMode { BUILT_IN, KEYCLOAK }

    private final Path file;
    private final Properties values = new Properties();

    public Settings(Path folder) {
        this.file = folder.resolve("settings.properties");
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public URI baseUrl() {
        String value = values.getProperty("base-url", System.getProperty("saldo.base-url", DEFAULT_BASE_URL.toString()));
        return URI.create(value.endsWith("/") ? value : value + "/");
    }

    public void baseUrl(URI url) {
        set("base-url", url.toString());
    }

    /** The language picked in the app, if the debtor overrode the phone's. */
    public Optional<Locale> language() {
        return Optional.ofNullable(values.getProperty("language")).filter(tag -> !tag.isBlank()).map(Locale::forLanguageTag);
    }

    public void language(Locale language) {
        set("language", language == null ? "" : language.toLanguageTag());
    }

    public SignInMode signInMode() {
        return SignInMode.valueOf(values.getProperty("sign-in", System.getProperty("saldo.sign-in", SignInMode.BUILT_IN.name())));
    }

    public void signInMode(SignInMode mode) {
        set("sign-in", mode.name());
    }

    /** The Keycloak realm's issuer, e.g. {@code http://localhost:8180/realms/saldo}. */
    public URI issuer() {
        return URI.create(values.getProperty("issuer", System.getProperty("saldo.issuer", "http://localhost:8180/realms/saldo")));
    }

    public void issuer(URI issuer) {
        set("issuer", issuer.toString());
    }

    public String clientId() {
        return values.getProperty("client-id", "saldo-mobile");
    }

    private void set(String key, String value) {
        values.setProperty(key, value);
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                values.store(writer, "Saldo mobile settings");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
