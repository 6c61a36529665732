package dev.saldo.portal.messaging;

import java.net.URI;

import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * Twilio's client always builds {@code https://<domain>.twilio.com/...} addresses; plugging in our own
 * {@link HttpClient} (the SDK's documented extension point) lets tests and proxies-by-address send the same
 * request — path, query, form, headers, credentials — to another base address instead.
 */
final class TwilioApiBase extends HttpClient {

    private final URI base;
    private final HttpClient network;

    TwilioApiBase(URI base, HttpClient network) {
        this.base = base;
        this.network = network;
    }

    TwilioApiBase(URI base) {
        this(base, new NetworkHttpClient());
    }

    @Override
    public Response makeRequest(Request request) {
        var original = URI.create(request.getUrl());
        var moved = new Request(request.getMethod(), base.resolve(original.getRawPath()).toString());
        request.getQueryParams().forEach((name, values) -> values.forEach(value -> moved.addQueryParam(name, value)));
        request.getPostParams().forEach((name, values) -> values.forEach(value -> moved.addPostParam(name, value)));
        request.getHeaderParams().forEach((name, values) -> values.forEach(value -> moved.addHeaderParam(name, value)));
        if (request.getAuthStrategy() != null) {
            moved.setAuth(request.getAuthStrategy());
        } else if (request.getUsername() != null) {
            moved.setAuth(request.getUsername(), request.getPassword());
        }
        moved.setContentType(request.getContentType());
        moved.setBody(request.getBody());
        moved.setUserAgentExtensions(request.getUserAgentExtensions());
        return network.makeRequest(moved);
    }
}
