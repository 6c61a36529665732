package dev.saldo.mobile.api;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A local HTTP stub answering queued replies in order and recording what it was asked. */
public final class StubPortal implements AutoCloseable {

    public record Reply(int status, String contentType, String body) {
    }

    public record Seen(String method, String path, String authorization, String language, String body) {
    }

    private final HttpServer server;
    private final Deque<Reply> replies = new ArrayDeque<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    public StubPortal() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Accept-Language"), body));
            Reply reply;
            synchronized (replies) {
                reply = replies.size() > 1 ? replies.poll() : replies.peek();
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
    }

    /** Queues a reply; the last one queued keeps answering. */
    public StubPortal then(int status, String contentType, String body) {
        synchronized (replies) {
            replies.add(new Reply(status, contentType, body));
        }
        return this;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public List<Seen> seen() {
        return seen;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
