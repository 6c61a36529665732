package dev.saldo.portal.ui;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

/** The cookie that remembers a person's language choice for a year. */
final class LanguageCookie {

    static final String NAME = "saldo-lang";

    private LanguageCookie() {
    }

    static Cookie of(Locale locale) {
        var cookie = new Cookie(NAME, locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    static Optional<Locale> read(Cookie[] cookies) {
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> NAME.equals(cookie.getName()))
                .findFirst()
                .flatMap(cookie -> Languages.parse(cookie.getValue()));
    }
}
