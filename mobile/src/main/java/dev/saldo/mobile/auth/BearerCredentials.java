package dev.saldo.mobile.auth;

import dev.saldo.mobile.api.ApiException;
import dev.saldo.mobile.api.Credentials;
import java.time.Clock;

/**
 * A Keycloak session: the access token goes on every request, and is refreshed silently with the
 * refresh token shortly before it expires. Forgetting drops both tokens and ends the realm session.
 */
public final class BearerCredentials implements Credentials {

    private final OidcClient oidc;
    private final Clock clock;
    private final String user;
    private TokenSet tokens;

    public BearerCredentials(OidcClient oidc, TokenSet tokens, String user, Clock clock) {
        this.oidc = oidc;
        this.tokens = tokens;
        this.user = user;
        this.clock = clock;
    }

    @Override
    public synchronized String authorization() throws ApiException {
        if (tokens == null) {
            return null;
        }
        if (tokens.isExpiringAt(clock.instant()) && tokens.refreshToken() != null) {
            tokens = oidc.refresh(tokens);
        }
        return "Bearer " + tokens.accessToken();
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public synchronized void forget() {
        if (tokens != null) {
            oidc.revoke(tokens);
        }
        tokens = null;
    }

    synchronized TokenSet tokens() {
        return tokens;
    }
}
