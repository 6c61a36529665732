package dev.saldo.mobile.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.saldo.mobile.api.ApiException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The phone's Keycloak sign-in against a real Keycloak with the project's realm: PKCE and a loopback
 * redirect on a port the system picked (the realm's saldo-mobile client), a silent refresh, and a
 * sign-out that ends the realm session. The "system browser" is played by an HTTP client that fills
 * in Keycloak's login form as ana. Opt-in, because a Keycloak start costs minutes on a busy machine:
 * run Keycloak ({@code KEYCLOAK_PORT=18380 infra/keycloak/start-keycloak.sh}) and pass
 * {@code -Dsaldo.keycloak.issuer=http://127.0.0.1:18380/realms/saldo}.
 */
class KeycloakSignInIT {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final String issuer = System.getProperty("saldo.keycloak.issuer", "");
    private final Clock clock = Clock.systemUTC();

    @Test
    void ana_signs_in_through_the_browser_with_pkce_her_token_is_refreshed_silently_and_sign_out_ends_the_session()
            throws Exception {
        assumeTrue(!issuer.isBlank(), "no Keycloak issuer given (-Dsaldo.keycloak.issuer)");
        var oidc = new OidcClient(URI.create(issuer), "saldo-mobile", clock);
        var browser = new CompletableFuture<Void>();
        var flow = new KeycloakSignIn(oidc, uri -> CompletableFuture.runAsync(() -> logInAsAna(uri))
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        browser.completeExceptionally(failure);
                    } else {
                        browser.complete(null);
                    }
                }), clock, Duration.ofMinutes(2));

        BearerCredentials ana = flow.signIn("Listo");
        browser.get();

        assertThat(ana.user()).isEqualTo("ana");
        assertThat(userInfo(ana.authorization())).contains("\"preferred_username\":\"ana\"");

        TokenSet first = ana.tokens();
        var expiring = new BearerCredentials(oidc, new TokenSet(first.accessToken(), first.refreshToken(),
                clock.instant(), first.idToken()), "ana", clock);
        String refreshed = expiring.authorization();
        assertThat(refreshed).isNotEqualTo("Bearer " + first.accessToken());
        assertThat(userInfo(refreshed)).contains("\"preferred_username\":\"ana\"");

        TokenSet beforeSignOut = expiring.tokens();
        expiring.forget();
        assertThat(expiring.authorization()).isNull();
        assertThatThrownBy(() -> oidc.refresh(beforeSignOut)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.SIGNED_OUT));
    }

    /**
     * What a person does in the browser: open the login page, type ana's password, follow the redirect
     * back to the app. Cookies are carried by hand: Keycloak marks them Secure, which a browser honours
     * for 127.0.0.1 but Java's CookieManager does not over plain HTTP.
     */
    private static void logInAsAna(URI authorization) {
        var browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        var cookies = new java.util.LinkedHashMap<String, String>();
        try {
            var page = send(browser, HttpRequest.newBuilder(authorization), cookies, HttpResponse.BodyHandlers.ofString());
            var action = FORM_ACTION.matcher(page.body());
            if (!action.find()) {
                throw new IllegalStateException("No login form (" + page.statusCode() + "): " + page.body());
            }
            var redirect = send(browser, HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=ana&password=ana123&credentialId=")), cookies,
                    HttpResponse.BodyHandlers.ofString());
            var location = redirect.headers().firstValue("Location")
                    .orElseThrow(() -> new IllegalStateException("No redirect after login (" + redirect.statusCode() + ")"));
            var done = browser.send(HttpRequest.newBuilder(URI.create(location)).build(), HttpResponse.BodyHandlers.ofString());
            if (done.statusCode() != 200) {
                throw new IllegalStateException("The app did not take the redirect: " + done.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <T> HttpResponse<T> send(HttpClient browser, HttpRequest.Builder request,
            java.util.Map<String, String> cookies, HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(java.util.stream.Collectors.joining("; ")));
        }
        var response = browser.send(request.build(), body);
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        return response;
    }

    private String userInfo(String authorization) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(issuer + "/protocol/openid-connect/userinfo")).header("Authorization", authorization).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
