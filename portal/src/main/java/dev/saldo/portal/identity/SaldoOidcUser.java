package dev.saldo.portal.identity;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A Keycloak login on the screens: the OIDC user Spring keeps in the session, carrying Saldo's view of them. */
final class SaldoOidcUser extends DefaultOidcUser {

    private final SaldoUser user;

    SaldoOidcUser(SaldoUser user, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(user.getAuthorities(), idToken, userInfo, "sub");
        this.user = user;
    }

    SaldoUser user() {
        return user;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
