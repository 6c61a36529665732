package dev.saldo.mobile.auth;

import dev.saldo.mobile.api.ApiException;
import dev.saldo.mobile.api.Json;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Consumer;

/**
 * The whole native sign-in: start a loopback receiver, open the realm's login page in the system
 * browser with a PKCE challenge, wait for the redirect, exchange the code with the verifier.
 */
public final class KeycloakSignIn {

    private final OidcClient oidc;
    private final Consumer<URI> browser;
    private final Clock clock;
    private final Duration patience;

    public KeycloakSignIn(OidcClient oidc, Consumer<URI> browser, Clock clock, Duration patience) {
        this.oidc = oidc;
        this.browser = browser;
        this.clock = clock;
        this.patience = patience;
    }

    /** Blocks until the person has signed in in the browser (or gave up); call it off the UI thread. */
    public BearerCredentials signIn(String donePage) throws ApiException {
        var pkce = Pkce.create();
        var state = Pkce.randomState();
        try (var receiver = new LoopbackReceiver(donePage)) {
            browser.accept(oidc.authorizationUri(receiver.redirectUri(), pkce, state));
            var callback = receiver.await(state, patience);
            if (!callback.succeeded()) {
                throw new ApiException(ApiException.Kind.SIGNED_OUT, 401,
                        callback.errorDescription() == null ? "" : callback.errorDescription());
            }
            TokenSet tokens = oidc.exchange(callback.code(), receiver.redirectUri(), pkce);
            return new BearerCredentials(oidc, tokens, userOf(tokens.accessToken()), clock);
        } catch (IOException e) {
            throw new ApiException(ApiException.Kind.OFFLINE, 0, "");
        }
    }

    /** {@code preferred_username} from the token's payload; the portal checks the signature, we only show the name. */
    static String userOf(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return "?";
        }
        var payload = Json.MAPPER.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        return payload.path("preferred_username").asString("?");
    }
}
