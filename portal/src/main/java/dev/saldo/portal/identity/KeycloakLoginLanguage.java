package dev.saldo.portal.identity;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Keycloak's login page speaks the language the person chose in Saldo (the language cookie), or
 * their browser's: the authorization request carries {@code ui_locales}.
 */
class KeycloakLoginLanguage implements OAuth2AuthorizationRequestResolver {

    /** The screens' language cookie (owned by the ui module, which depends on this one). */
    private static final String LANGUAGE_COOKIE = "saldo-lang";

    private final DefaultOAuth2AuthorizationRequestResolver delegate;

    KeycloakLoginLanguage(ClientRegistrationRepository registrations) {
        this.delegate = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return withLanguage(delegate.resolve(request), request);
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return withLanguage(delegate.resolve(request, clientRegistrationId), request);
    }

    private static OAuth2AuthorizationRequest withLanguage(OAuth2AuthorizationRequest authorization,
            HttpServletRequest request) {
        if (authorization == null) {
            return null;
        }
        var language = language(request);
        return OAuth2AuthorizationRequest.from(authorization)
                .additionalParameters(parameters -> parameters.put("ui_locales", language))
                .build();
    }

    static String language(HttpServletRequest request) {
        var cookies = request.getCookies();
        var chosen = cookies == null ? null : Arrays.stream(cookies)
                .filter(cookie -> LANGUAGE_COOKIE.equals(cookie.getName()))
                .map(jakarta.servlet.http.Cookie::getValue)
                .findFirst().orElse(null);
        var language = chosen != null ? chosen : request.getLocale().getLanguage();
        return "en".equals(language) ? "en" : "es";
    }
}
