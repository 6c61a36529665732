package dev.saldo.mobile.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of one message bundle in the app's language: Spanish when the phone's language is
 * Spanish (any country), English for every other language.
 */
public final class Messages {

    public static final Locale SPANISH = Locale.of("es");
    public static final Locale ENGLISH = Locale.ENGLISH;

    // Without this, a missing English text would silently fall back to the phone's default locale.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale language;

    private Messages(ResourceBundle bundle, Locale language) {
        this.bundle = bundle;
        this.language = language;
    }

    /** The bundle in the language of the phone ({@link Locale#getDefault()}). */
    public static Messages load(String baseName) {
        return load(baseName, Locale.getDefault());
    }

    public static Messages load(String baseName, Locale phoneLocale) {
        Locale language = languageFor(phoneLocale);
        return new Messages(ResourceBundle.getBundle(baseName, language, NO_FALLBACK), language);
    }

    public static Locale languageFor(Locale phoneLocale) {
        return SPANISH.getLanguage().equals(phoneLocale.getLanguage()) ? SPANISH : ENGLISH;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** A text with arguments ({@link MessageFormat}: {@code ''} for an apostrophe), already formatted by the caller. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), language).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public Locale language() {
        return language;
    }
}
