package dev.saldo.mobile.auth;

import dev.saldo.mobile.api.ApiException;
import dev.saldo.mobile.api.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The realm's OpenID endpoints for a public client: the authorization address to open in the browser,
 * the code exchange and the refresh. No client secret exists on a phone; PKCE takes its place.
 */
public final class OidcClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI issuer;
    private final String clientId;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(4)).build();
    private JsonNode discovery;

    public OidcClient(URI issuer, String clientId, Clock clock) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.clock = clock;
    }

    public String clientId() {
        return clientId;
    }

    /** The address that starts the sign-in in the system browser. */
    public URI authorizationUri(URI redirect, Pkce pkce, String state) throws ApiException {
        var query = new LinkedHashMap<String, String>();
        query.put("response_type", "code");
        query.put("client_id", clientId);
        query.put("redirect_uri", redirect.toString());
        query.put("scope", "openid");
        query.put("state", state);
        query.put("code_challenge", pkce.challenge());
        query.put("code_challenge_method", pkce.method());
        return URI.create(endpoint("authorization_endpoint") + "?" + form(query));
    }

    public TokenSet exchange(String code, URI redirect, Pkce pkce) throws ApiException {
        var body = new LinkedHashMap<String, String>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", redirect.toString());
        body.put("client_id", clientId);
        body.put("code_verifier", pkce.verifier());
        return tokens(body, null);
    }

    public TokenSet refresh(TokenSet current) throws ApiException {
        var body = new LinkedHashMap<String, String>();
        body.put("grant_type", "refresh_token");
        body.put("refresh_token", current.refreshToken());
        body.put("client_id", clientId);
        return tokens(body, current);
    }

    /** Ends the session at the realm too (best effort: the phone forgets the tokens either way). */
    public void revoke(TokenSet tokens) {
        try {
            var body = new LinkedHashMap<String, String>();
            body.put("client_id", clientId);
            body.put("refresh_token", tokens.refreshToken());
            post(URI.create(endpoint("end_session_endpoint")), body);
        } catch (ApiException | RuntimeException ignored) {
            // Offline sign-out still clears the phone.
        }
    }

    private TokenSet tokens(Map<String, String> form, TokenSet previous) throws ApiException {
        JsonNode answer = post(URI.create(endpoint("token_endpoint")), form);
        if (!answer.hasNonNull("access_token")) {
            throw new ApiException(ApiException.Kind.SIGNED_OUT, 401, answer.path("error_description").asString(""));
        }
        String refresh = answer.hasNonNull("refresh_token") ? answer.get("refresh_token").asString()
                : previous == null ? null : previous.refreshToken();
        String id = answer.hasNonNull("id_token") ? answer.get("id_token").asString() : previous == null ? null : previous.idToken();
        return new TokenSet(answer.get("access_token").asString(), refresh,
                clock.instant().plusSeconds(answer.path("expires_in").asLong(60)), id);
    }

    private JsonNode post(URI uri, Map<String, String> form) throws ApiException {
        var request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build();
        return send(request);
    }

    private String endpoint(String name) throws ApiException {
        if (discovery == null) {
            discovery = send(HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                    .timeout(TIMEOUT).GET().build());
        }
        return discovery.path(name).asString();
    }

    private JsonNode send(HttpRequest request) throws ApiException {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 400 || response.statusCode() == 401) {
                throw new ApiException(ApiException.Kind.SIGNED_OUT, response.statusCode(), "");
            }
            if (response.statusCode() >= 300) {
                throw new ApiException(ApiException.Kind.UNEXPECTED, response.statusCode(), "");
            }
            return response.body().isBlank() ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new ApiException(ApiException.Kind.OFFLINE, 0, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ApiException.Kind.OFFLINE, 0, "");
        }
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
