package dev.saldo.portal.plan.api;

import dev.saldo.portal.identity.Role;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * TEST ONLY — a stand-in for the identity capability's stateless {@code /api/**} chain (issue 5): HTTP
 * Basic against the built-in accounts, no session, no CSRF, debtors on {@code /me}, staff on
 * {@code /staff}. Delete it once that chain exists and point the tests at it.
 */
@TestConfiguration
public class PlanApiTestSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain planApiTestChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/me/**").hasRole(Role.DEBTOR_NAME)
                        .requestMatchers("/api/v1/staff/**").hasAnyRole(Role.AGENT_NAME, Role.SUPERVISOR_NAME)
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                // Answer 401 directly: sendError would forward to /error, which the Vaadin chain redirects to login.
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, failure) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=saldo");
                    response.setStatus(401);
                }));
        return http.build();
    }
}
