package dev.saldo.portal.identity;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;

import dev.saldo.portal.api.RateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Slows down password guessing on the built-in sign-in form: per address and per username. Over the
 * limit the form post gets 429 with {@code Retry-After} and a short page in the visitor's language.
 */
class LoginThrottle extends OncePerRequestFilter {

    private final RateLimiter perAddress;
    private final RateLimiter perUsername;
    private final MessageSource messages;

    LoginThrottle(IdentitySettings settings, MessageSource messages, Clock clock) {
        this.perAddress = new RateLimiter(settings.loginAttemptsPerAddress(), settings.loginPeriod(), clock);
        this.perUsername = new RateLimiter(settings.loginAttemptsPerUsername(), settings.loginPeriod(), clock);
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && SecurityConfiguration.LOGIN_ROUTE.equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var wait = perAddress.tryAcquire(request.getRemoteAddr());
        var username = request.getParameter("username");
        if (wait.isEmpty() && username != null) {
            wait = perUsername.tryAcquire(username.trim().toLowerCase(Locale.ROOT));
        }
        if (wait.isPresent()) {
            refuse(request, response, wait.getAsLong());
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
        var locale = "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("es");
        var title = HtmlUtils.htmlEscape(messages.getMessage("login.throttled.title", null, locale));
        var text = HtmlUtils.htmlEscape(messages.getMessage("login.throttled.text", new Object[] {seconds}, locale));
        var back = HtmlUtils.htmlEscape(messages.getMessage("login.throttled.back", null, locale));
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("""
                <!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>\
                <meta name="viewport" content="width=device-width, initial-scale=1"></head>\
                <body><main><h1>%s</h1><p>%s</p><p><a href="login">%s</a></p></main></body></html>"""
                .formatted(locale.getLanguage(), title, title, text, back));
    }
}
