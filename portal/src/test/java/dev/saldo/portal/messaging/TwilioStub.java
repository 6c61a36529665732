package dev.saldo.portal.messaging;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for Twilio's REST API: records each request and answers with the status and JSON body
 * it was told to, shaped like Twilio's documented Message resource and error objects.
 */
final class TwilioStub implements AutoCloseable {

    record Received(String method, String path, String authorization, String contentType, Map<String, String> form) {
    }

    private final HttpServer server;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final List<String> sids = Collections.synchronizedList(new ArrayList<>());
    private volatile int status = 201;
    private volatile String body;

    TwilioStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** The message SIDs handed out, in order: each accepted message gets its own. */
    List<String> sids() {
        return List.copyOf(sids);
    }

    /** Answers the next requests as Twilio does when it queues a message. */
    void accepts(String accountSid) {
        answer(201, """
                {"account_sid": "%s", "api_version": "2010-04-01", "body": "Hola",
                 "date_created": "Thu, 24 Aug 2023 05:01:45 +0000", "date_sent": null,
                 "date_updated": "Thu, 24 Aug 2023 05:01:45 +0000", "direction": "outbound-api",
                 "error_code": null, "error_message": null, "from": "+56900000000",
                 "messaging_service_sid": null, "num_media": "0", "num_segments": "1", "price": null,
                 "price_unit": "USD", "sid": "{SID}", "status": "queued",
                 "subresource_uris": {"media": "/2010-04-01/Accounts/%s/Messages/{SID}/Media.json"},
                 "to": "+56912345678",
                 "uri": "/2010-04-01/Accounts/%s/Messages/{SID}.json"}
                """.formatted(accountSid, accountSid, accountSid));
    }

    /** Answers with one of Twilio's error objects. */
    void fails(int status, int code, String message) {
        answer(status, """
                {"code": %d, "message": "%s", "more_info": "https://www.twilio.com/docs/errors/%d", "status": %d}
                """.formatted(code, message, code, status));
    }

    private void answer(int status, String body) {
        this.status = status;
        this.body = body;
    }

    private void handle(HttpExchange exchange) throws IOException {
        var form = new LinkedHashMap<String, String>();
        var raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        for (var pair : raw.split("&")) {
            if (!pair.isEmpty()) {
                var eq = pair.indexOf('=');
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        var headers = exchange.getRequestHeaders();
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                headers.getFirst("Authorization"), headers.getFirst("Content-Type"), form));
        var answer = body;
        if (status == 201) {
            var sid = "SM%032x".formatted(sids.size() + 1);
            sids.add(sid);
            answer = answer.replace("{SID}", sid);
        }
        var bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
