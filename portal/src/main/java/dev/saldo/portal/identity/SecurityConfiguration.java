package dev.saldo.portal.identity;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Built-in form login for the Vaadin screens (the embedded default). Views declare who may open
 * them with {@code @RolesAllowed}/{@code @PermitAll}/{@code @AnonymousAllowed}; Vaadin's navigation
 * access control enforces it.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    static final String LOGIN_ROUTE = "/login";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Operations endpoints: health for probes, nothing else exposed without a staff login. */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().hasRole(Role.SUPERVISOR_NAME))
                .httpBasic(basic -> { });
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles.css", "/images/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_ROUTE));
        return http.build();
    }
}
