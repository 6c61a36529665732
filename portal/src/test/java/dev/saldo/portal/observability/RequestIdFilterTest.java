package dev.saldo.portal.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestIdFilterTest {

    private final RequestIdFilter filter = new RequestIdFilter();

    @Test
    void a_plain_request_id_from_the_proxy_is_kept_in_the_log_context_and_echoed() throws Exception {
        var request = new MockHttpServletRequest("GET", "/balance");
        request.addHeader(RequestIdFilter.HEADER, "proxy-id-12345678");
        var response = new MockHttpServletResponse();
        var seen = new AtomicReference<String>();
        filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
                seen.set(MDC.get(RequestIdFilter.MDC_KEY));
            }
        }));
        assertThat(seen.get()).isEqualTo("proxy-id-12345678");
        assertThat(response.getHeader(RequestIdFilter.HEADER)).isEqualTo("proxy-id-12345678");
        assertThat(MDC.get(RequestIdFilter.MDC_KEY)).as("cleared after the request").isNull();
    }

    @Test
    void a_missing_or_forged_request_id_is_replaced_by_a_new_one() throws Exception {
        assertThat(RequestIdFilter.requestIdOf(null)).hasSize(36);
        assertThat(RequestIdFilter.requestIdOf("abc\n{\"level\":\"ERROR\"}")).doesNotContain("\n").hasSize(36);
        assertThat(RequestIdFilter.requestIdOf("x".repeat(200))).hasSize(36);
    }

    @Test
    void the_logged_path_drops_the_session_id_path_parameter() {
        var request = new MockHttpServletRequest("GET", "/invoices;jsessionid=SECRET");
        assertThat(RequestIdFilter.pathOf(request)).isEqualTo("/invoices");
    }
}
