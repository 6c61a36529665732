package dev.saldo.portal.payment.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * INTERIM, to be replaced at merge by the identity capability's {@code /api/v1/**} chain (issue 5):
 * a stateless HTTP Basic chain for the REST API with the built-in accounts, so the payments API can
 * be used and tested before that lands. Delete this class when the real chain exists.
 */
@Configuration(proxyBeanMethods = false)
class InterimApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain interimPaymentsApiChain(HttpSecurity http) throws Exception {
        // Status set directly: sendError(401) would dispatch to /error, which the Vaadin chain redirects to login.
        AuthenticationEntryPoint unauthorized = (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"saldo\"");
            response.setStatus(401);
        };
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("DEBTOR"))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
