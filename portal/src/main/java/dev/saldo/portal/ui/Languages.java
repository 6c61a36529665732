package dev.saldo.portal.ui;

import java.util.List;
import java.util.Locale;

/** The languages Saldo speaks: Spanish first, English second. Anything else falls back to Spanish. */
public final class Languages {

    public static final Locale SPANISH = Locale.forLanguageTag("es");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    public static final List<Locale> SUPPORTED = List.of(SPANISH, ENGLISH);

    private Languages() {
    }

    /** The supported language closest to a requested locale (matching on the language only). */
    public static Locale closestTo(Locale requested) {
        if (requested != null && ENGLISH.getLanguage().equals(requested.getLanguage())) {
            return ENGLISH;
        }
        return SPANISH;
    }

    /** Parses a stored choice such as {@code en}; unknown or blank values give empty. */
    public static java.util.Optional<Locale> parse(String tag) {
        if (tag == null || tag.isBlank()) {
            return java.util.Optional.empty();
        }
        var locale = Locale.forLanguageTag(tag.trim());
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst();
    }

    public static Locale other(Locale current) {
        return closestTo(current).equals(SPANISH) ? ENGLISH : SPANISH;
    }
}
