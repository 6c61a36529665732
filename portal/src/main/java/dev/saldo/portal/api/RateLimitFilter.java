package dev.saldo.portal.api;

import java.io.IOException;
import java.util.function.Function;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 with {@code Retry-After} and a problem details body once a client has used up its
 * bucket. The key function decides who "a client" is (an address, a signed-in user); a null key
 * lets the request through uncounted.
 */
public class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final Function<HttpServletRequest, String> key;
    private final ApiProblems problems;

    public RateLimitFilter(RateLimiter limiter, Function<HttpServletRequest, String> key, ApiProblems problems) {
        this.limiter = limiter;
        this.key = key;
        this.problems = problems;
    }

    /**
     * Per instance: two limits on one chain (per address, per client) are two filters of this class, and
     * the default name (the class's) would let the first mark the request as filtered for both.
     */
    @Override
    protected String getAlreadyFilteredAttributeName() {
        return RateLimitFilter.class.getName() + "@" + Integer.toHexString(System.identityHashCode(this)) + ".FILTERED";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var client = key.apply(request);
        var wait = client == null ? java.util.OptionalLong.empty() : limiter.tryAcquire(client);
        if (wait.isPresent()) {
            response.setHeader("Retry-After", Long.toString(wait.getAsLong()));
            problems.write(ProblemType.TOO_MANY_REQUESTS, request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
