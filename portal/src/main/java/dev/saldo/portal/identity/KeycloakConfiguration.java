package dev.saldo.portal.identity;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.function.SingletonSupplier;

/**
 * Keycloak mode: the portal is an OIDC client for the screens and a resource server for the API. The
 * realm's discovery document is read on first use, so the portal starts even while Keycloak is still
 * starting.
 */
@Configuration
@Conditional(KeycloakMode.class)
class KeycloakConfiguration {

    static final String REGISTRATION_ID = "keycloak";

    @Bean
    ClientRegistrationRepository keycloakRegistration(IdentitySettings settings) {
        Supplier<ClientRegistration> registration = SingletonSupplier.of(() -> ClientRegistrations
                .fromIssuerLocation(settings.issuerUri())
                .registrationId(REGISTRATION_ID)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .scope("openid", "profile", "email")
                .build());
        return id -> REGISTRATION_ID.equals(id) ? registration.get() : null;
    }

    /** Access tokens from this realm only, not expired, and meant for the portal ({@code aud}). */
    @Bean
    JwtDecoder keycloakJwtDecoder(IdentitySettings settings) {
        var decoder = NimbusJwtDecoder.withIssuerLocation(settings.issuerUri()).build();
        var audience = new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(settings.audience()));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(settings.clockSkew()),
                new JwtIssuerValidator(settings.issuerUri()), audience));
        return decoder;
    }

    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> saldoOidcUsers(KeycloakPeople people) {
        var delegate = new OidcUserService();
        return request -> {
            var oidc = delegate.loadUser(request);
            Map<String, Object> claims = oidc.getClaims();
            return new SaldoOidcUser(people.fromClaims(claims), oidc.getIdToken(), oidc.getUserInfo());
        };
    }

    @Bean
    @Conditional(KeycloakAdminConfigured.class)
    KeycloakUsers keycloakUsers(IdentitySettings settings) {
        return new KeycloakUsers(settings);
    }
}
