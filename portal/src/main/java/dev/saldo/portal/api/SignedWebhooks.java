package dev.saldo.portal.api;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The security chain of a server-to-server webhook (Stripe, Twilio): no session, no CSRF token and no
 * credentials, because the provider sends none; the controller's check of the provider's signature is the
 * authentication. Only the one path given is exempted.
 */
public final class SignedWebhooks {

    private SignedWebhooks() {
    }

    public static SecurityFilterChain chain(HttpSecurity http, String path) throws Exception {
        http.securityMatcher(path)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
