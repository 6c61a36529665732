package dev.saldo.mobile.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The redirect target of a native app's sign-in (RFC 8252 §7.3): a one-shot HTTP listener on
 * 127.0.0.1 and a port the system picks, which takes the browser's redirect, answers with a short page
 * and hands the query parameters over. Only the expected path and {@code state} are accepted; other
 * requests (favicon, a page opened by mistake) get 404 and the receiver keeps waiting.
 */
public final class LoopbackReceiver implements AutoCloseable {

    public static final String PATH = "/callback";

    /** What came back: either a code or an OAuth error. */
    public record Callback(String code, String error, String errorDescription) {

        public boolean succeeded() {
            return code != null && error == null;
        }
    }

    private final ServerSocket socket;
    private final String page;

    public LoopbackReceiver(String donePage) throws IOException {
        this.socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        this.page = donePage;
    }

    public URI redirectUri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + PATH);
    }

    /** Waits for the redirect carrying this {@code state}, at most {@code timeout}. */
    public Callback await(String state, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            if (System.nanoTime() >= deadline) {
                throw new SocketTimeoutException("No sign-in answer within " + timeout);
            }
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
            try (Socket client = socket.accept()) {
                client.setSoTimeout(5_000);
                var reader = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                String requestLine = reader.readLine();
                Map<String, String> query = parse(requestLine);
                if (query == null || !state.equals(query.get("state"))) {
                    respond(client.getOutputStream(), 404, "Not found");
                    continue;
                }
                respond(client.getOutputStream(), 200, page);
                return new Callback(query.get("code"), query.get("error"), query.get("error_description"));
            }
        }
    }

    /** The query of a {@code GET /callback?...} request line, or null for anything else. */
    static Map<String, String> parse(String requestLine) {
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        if (parts.length < 2 || !"GET".equals(parts[0])) {
            return null;
        }
        URI target = URI.create(parts[1]);
        if (!PATH.equals(target.getPath()) || target.getRawQuery() == null) {
            return null;
        }
        var values = new LinkedHashMap<String, String>();
        for (String pair : target.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void respond(OutputStream out, int status, String text) throws IOException {
        byte[] body = ("<!doctype html><meta charset=utf-8><title>Saldo</title><p style=\"font:20px sans-serif\">"
                + text.replace("<", "&lt;") + "</p>").getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\nContent-Type: text/html; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
