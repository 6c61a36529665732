package dev.saldo.mobile.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class LoopbackReceiverTest {

    private final HttpClient browser = HttpClient.newHttpClient();

    @Test
    void listens_only_on_the_loopback_address_on_a_port_the_system_picked() throws Exception {
        try (var receiver = new LoopbackReceiver("Listo")) {
            URI redirect = receiver.redirectUri();

            assertThat(redirect.getHost()).isEqualTo("127.0.0.1");
            assertThat(redirect.getPort()).isPositive();
            assertThat(redirect.getPath()).isEqualTo("/callback");
        }
    }

    @Test
    void hands_over_the_code_of_the_redirect_with_the_expected_state_and_shows_a_done_page() throws Exception {
        try (var receiver = new LoopbackReceiver("Listo, vuelva a Saldo")) {
            var callback = CompletableFuture.supplyAsync(() -> {
                try {
                    return receiver.await("s-123", Duration.ofSeconds(10));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            var base = receiver.redirectUri();

            var favicon = get(base.resolve("/favicon.ico"));
            var forged = get(URI.create(base + "?code=evil&state=other"));
            var real = get(URI.create(base + "?state=s-123&session_state=x&code=abc%2F123"));

            assertThat(favicon.statusCode()).isEqualTo(404);
            assertThat(forged.statusCode()).isEqualTo(404);
            assertThat(real.statusCode()).isEqualTo(200);
            assertThat(real.body()).contains("Listo, vuelva a Saldo");
            assertThat(callback.get().succeeded()).isTrue();
            assertThat(callback.get().code()).isEqualTo("abc/123");
        }
    }

    @Test
    void an_error_from_the_realm_is_handed_over_as_an_error() throws Exception {
        try (var receiver = new LoopbackReceiver("x")) {
            var callback = CompletableFuture.supplyAsync(() -> {
                try {
                    return receiver.await("s", Duration.ofSeconds(10));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            get(URI.create(receiver.redirectUri() + "?state=s&error=access_denied&error_description=Cancelled"));

            assertThat(callback.get().succeeded()).isFalse();
            assertThat(callback.get().errorDescription()).isEqualTo("Cancelled");
        }
    }

    @Test
    void gives_up_when_no_answer_comes_in_time() throws Exception {
        try (var receiver = new LoopbackReceiver("x")) {
            assertThatThrownBy(() -> receiver.await("s", Duration.ofMillis(200))).isInstanceOf(SocketTimeoutException.class);
        }
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
