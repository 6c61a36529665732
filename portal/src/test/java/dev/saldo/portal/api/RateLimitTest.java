package dev.saldo.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Token buckets: a burst is allowed, the next request waits, and time refills the bucket. */
class RateLimitTest {

    private Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void a_client_may_use_its_burst_then_waits_for_the_bucket_to_refill() {
        var limiter = new RateLimiter(3, Duration.ofMinutes(1), clock);
        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("a")).hasValue(20);
        assertThat(limiter.tryAcquire("b")).as("another client has its own bucket").isEmpty();
        now = now.plusSeconds(19);
        assertThat(limiter.tryAcquire("a")).hasValue(1);
        now = now.plusSeconds(1);
        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("a")).isPresent();
    }

    @Test
    void refilling_never_exceeds_the_burst() {
        var limiter = new RateLimiter(2, Duration.ofSeconds(10), clock);
        now = now.plus(Duration.ofHours(5));
        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("a")).isPresent();
    }

    @Test
    void over_the_limit_the_filter_answers_429_with_retry_after_and_a_problem_in_the_callers_language() throws Exception {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var filter = new RateLimitFilter(new RateLimiter(1, Duration.ofMinutes(1), clock), request -> "same",
                new ApiProblems(messages, JsonMapper.builder().build()));

        var first = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        filter.doFilter(request(), first, chain);
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isNotNull();

        var second = new MockHttpServletResponse();
        var blocked = new MockFilterChain();
        filter.doFilter(request(), second, blocked);
        assertThat(second.getStatus()).isEqualTo(429);
        assertThat(blocked.getRequest()).as("the request never reached the endpoint").isNull();
        assertThat(second.getHeader("Retry-After")).isEqualTo("60");
        assertThat(second.getContentType()).startsWith("application/problem+json");
        assertThat(second.getContentAsString()).contains("\"type\":\"https://saldo.example/problems/too-many-requests\"",
                "\"title\":\"Too many requests\"", "\"status\":429");
    }

    @Test
    void two_limits_on_the_same_request_each_count_it() throws Exception {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        var problems = new ApiProblems(messages, JsonMapper.builder().build());
        var perAddress = new RateLimitFilter(new RateLimiter(10, Duration.ofMinutes(1), clock), request -> "address", problems);
        var perClient = new RateLimitFilter(new RateLimiter(1, Duration.ofMinutes(1), clock), request -> "client", problems);

        var first = new MockHttpServletResponse();
        new MockFilterChain(new jakarta.servlet.http.HttpServlet() { }, perAddress, perClient).doFilter(request(), first);
        var second = new MockHttpServletResponse();
        new MockFilterChain(new jakarta.servlet.http.HttpServlet() { }, perAddress, perClient).doFilter(request(), second);

        assertThat(second.getStatus()).as("the second filter's limit of one applies").isEqualTo(429);
    }

    private static MockHttpServletRequest request() {
        var request = new MockHttpServletRequest("GET", "/api/v1/me/summary");
        request.addPreferredLocale(Locale.ENGLISH);
        return request;
    }
}
