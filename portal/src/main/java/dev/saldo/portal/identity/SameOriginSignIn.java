package dev.saldo.portal.identity;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in form post that a browser says comes from another site. Vaadin exempts its login
 * form from Spring's CSRF token, which would let a foreign page sign a visitor in as the attacker
 * ("login CSRF"); browsers name the posting page in {@code Origin} and {@code Sec-Fetch-Site}, so a
 * cross-site post is answered 403 before any credential is read. Requests without those headers are
 * not from a browser page and cannot be forged this way.
 */
class SameOriginSignIn extends OncePerRequestFilter {

    private final String loginPath;

    SameOriginSignIn(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The Vaadin servlet is mapped to /*: the path is in the URI, not in the servlet path.
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !loginPath.equals(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (crossSite(request)) {
            // Not sendError: the error dispatch would go through security again and end as a redirect.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Sign-in refused: the form was posted from another site.");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean crossSite(HttpServletRequest request) {
        var fetchSite = request.getHeader("Sec-Fetch-Site");
        if ("cross-site".equals(fetchSite) || "same-site".equals(fetchSite)) {
            return true;
        }
        var origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            var uri = URI.create(origin);
            var port = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
            return !(request.getScheme().equalsIgnoreCase(uri.getScheme())
                    && request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == port);
        } catch (IllegalArgumentException e) {
            return true; // "null" or garbage: not this site
        }
    }
}
