package dev.saldo.portal.identity;

import java.time.Clock;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.saldo.portal.api.ApiProblems;
import dev.saldo.portal.api.ApiSettings;
import dev.saldo.portal.api.RateLimitFilter;
import dev.saldo.portal.api.RateLimiter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Three filter chains. Actuator: health open, the rest for supervisors. API ({@code /api/**}):
 * stateless, HTTP Basic with built-in accounts or Keycloak bearer tokens, errors as problem details,
 * rate-limited per address and per client; {@code /api/v1/me/**} is for debtors and
 * {@code /api/v1/staff/**} for agents and supervisors, so a new controller under either prefix is
 * protected without touching this class. Screens: Vaadin with built-in form login or Keycloak OIDC
 * login; views declare who may open them with {@code @RolesAllowed}/{@code @PermitAll}/{@code @AnonymousAllowed}.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    static final String LOGIN_ROUTE = "/login";
    static final String DEBTOR_API = "/api/v1/me/**";
    static final String STAFF_API = "/api/v1/staff/**";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Operations endpoints: health for probes, nothing else exposed without a supervisor. */
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
    SecurityFilterChain apiChain(HttpSecurity http, IdentitySettings settings, ApiProblems problems, ApiSettings limits,
            Clock clock, KeycloakPeople people, ObjectProvider<JwtDecoder> jwtDecoder, AccountDirectory accounts,
            PasswordEncoder passwordEncoder, VerifiedCredentials verified,
            ObjectProvider<AuthenticationEventPublisher> authenticationEvents, ApplicationEventPublisher events)
            throws Exception {
        var keycloak = settings.keycloakMode();
        var answers = new ApiAuthenticationProblems(problems, keycloak ? "Bearer" : "Basic realm=\"Saldo\"");
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable()) // no cookies: every request carries its own credentials
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(DEBTOR_API).hasRole(Role.DEBTOR_NAME)
                        .requestMatchers(STAFF_API).hasAnyRole(Role.AGENT_NAME, Role.SUPERVISOR_NAME)
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(answers).accessDeniedHandler(answers))
                // JSON only: nothing here may run as a page, be framed or leak the address it came from.
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        if (keycloak) {
            http.oauth2ResourceServer(server -> server
                    .authenticationEntryPoint(answers)
                    .accessDeniedHandler(answers)
                    .jwt(jwt -> jwt.decoder(jwtDecoder.getObject()).jwtAuthenticationConverter(token -> {
                        var user = people.fromClaims(token.getClaims());
                        return UsernamePasswordAuthenticationToken.authenticated(user, token, user.getAuthorities());
                    })));
        } else {
            // Only the API's HTTP Basic skips bcrypt for credentials it verified recently; the form login
            // and the actuator keep the global authentication manager.
            var basicCheck = new CachedPasswordCheck(accounts, passwordEncoder, verified);
            basicCheck.afterPropertiesSet();
            var manager = new ProviderManager(basicCheck);
            manager.setAuthenticationEventPublisher(
                    authenticationEvents.getIfAvailable(() -> new DefaultAuthenticationEventPublisher(events)));
            http.authenticationManager(manager);
            http.httpBasic(basic -> basic.authenticationEntryPoint(answers));
        }
        var perAddress = new RateLimiter(limits.requestsPerAddress(), limits.period(), clock);
        var perClient = new RateLimiter(limits.requestsPerClient(), limits.period(), clock);
        http.addFilterAfter(new RateLimitFilter(perAddress, request -> request.getRemoteAddr(), problems),
                SecurityContextHolderFilter.class);
        http.addFilterAfter(new RateLimitFilter(perClient, request -> signedInName(), problems),
                AnonymousAuthenticationFilter.class);
        return http.build();
    }

    private static String signedInName() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken ? null
                : authentication.getName();
    }

    @Bean
    @Order(3)
    SecurityFilterChain vaadinChain(HttpSecurity http, IdentitySettings settings, MessageSource messages, Clock clock,
            ObjectProvider<ClientRegistrationRepository> registrations,
            ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> oidcUsers) throws Exception {
        http.headers(headers -> headers
                // Vaadin writes its pages without committing through Spring Security's wrapper, so the
                // headers are set before the page is handled rather than on commit (they were missing).
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(pagePolicy(settings)))
                .frameOptions(frames -> frames.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=()")));
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles.css", "/images/**").permitAll()
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                        "/swagger-ui/**").permitAll());
        if (settings.keycloakMode()) {
            var loginPage = "/oauth2/authorization/" + KeycloakConfiguration.REGISTRATION_ID;
            http.oauth2Login(login -> login
                    .loginPage(loginPage)
                    .userInfoEndpoint(info -> info.oidcUserService(oidcUsers.getObject()))
                    .authorizationEndpoint(endpoint -> endpoint
                            .authorizationRequestResolver(new KeycloakLoginLanguage(registrations.getObject()))));
            http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(loginPage, "{baseUrl}/"));
        } else {
            http.addFilterBefore(new LoginThrottle(settings, messages, clock), UsernamePasswordAuthenticationFilter.class);
            http.addFilterBefore(new SameOriginSignIn(LOGIN_ROUTE), UsernamePasswordAuthenticationFilter.class);
            http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_ROUTE));
        }
        return http.build();
    }

    /**
     * The pages' Content Security Policy. Vaadin Flow's bootstrap needs inline scripts and
     * {@code eval}, and its components inline styles (Vaadin's documented CSP); everything else is
     * same-origin only: no framing by anyone, no plugins, forms post only here (and to Keycloak in
     * Keycloak mode). Stripe Checkout is reached by navigating away, which CSP does not restrict.
     */
    static String pagePolicy(IdentitySettings settings) {
        var formAction = "'self'";
        if (settings.keycloakMode()) {
            var issuer = java.net.URI.create(settings.issuerUri());
            formAction += " " + issuer.getScheme() + "://" + issuer.getAuthority();
        }
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action " + formAction,
                "frame-ancestors 'none'");
    }
}
