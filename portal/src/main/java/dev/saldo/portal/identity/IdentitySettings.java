package dev.saldo.portal.identity;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Where people sign in. With no {@code issuerUri} the portal uses its built-in accounts (form login
 * for screens, HTTP Basic for the API); with one, Keycloak: OIDC login and bearer tokens.
 *
 * @param issuerUri               the realm's issuer, e.g. {@code http://127.0.0.1:8180/realms/saldo}
 * @param clientId                the portal's confidential client
 * @param clientSecret            its secret (a secret: pass it through the environment)
 * @param audience                what an access token's {@code aud} must contain for the API to accept it
 * @param clockSkew               how long after its {@code exp} a token is still accepted (clocks drift)
 * @param loginAttemptsPerAddress built-in sign-in attempts one address may make per {@code loginPeriod}
 * @param loginAttemptsPerUsername built-in sign-in attempts against one username per {@code loginPeriod}
 * @param admin                   how to reach Keycloak's admin API (e-mail changes, activation); off when no credentials
 */
@ConfigurationProperties("saldo.identity")
public record IdentitySettings(
        String issuerUri,
        @DefaultValue("saldo-portal") String clientId,
        String clientSecret,
        @DefaultValue("saldo-portal") String audience,
        @DefaultValue("30s") Duration clockSkew,
        @DefaultValue("20") int loginAttemptsPerAddress,
        @DefaultValue("5") int loginAttemptsPerUsername,
        @DefaultValue("1m") Duration loginPeriod,
        @DefaultValue Admin admin) {

    public boolean keycloakMode() {
        return StringUtils.hasText(issuerUri);
    }

    /** The realm's name, the last segment of the issuer. */
    String realm() {
        var path = URI.create(issuerUri).getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Keycloak's base address, the issuer without {@code /realms/<name>}. */
    String serverUrl() {
        return StringUtils.hasText(admin.serverUrl()) ? admin.serverUrl()
                : issuerUri.substring(0, issuerUri.indexOf("/realms/"));
    }

    /**
     * @param serverUrl    Keycloak's base address; derived from the issuer when empty
     * @param realm        the realm the admin credentials belong to
     * @param clientId     the admin client; {@code admin-cli} with a user, or a service-account client with a secret
     * @param username     an admin user (dev: the bootstrap admin)
     * @param password     its password (a secret)
     * @param clientSecret the service-account client's secret, used instead of a user when set (a secret)
     */
    public record Admin(String serverUrl, @DefaultValue("master") String realm,
            @DefaultValue("admin-cli") String clientId, String username, String password, String clientSecret) {

        boolean configured() {
            return StringUtils.hasText(username) || StringUtils.hasText(clientSecret);
        }
    }
}
