package dev.saldo.portal.observability;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Prometheus scrapes {@code /actuator/prometheus} without credentials, but only on the separate management
 * port ({@code management.server.port}, 8081 in production), which the Service, Ingress and proxy never
 * route. On the public port, and whenever no management port is set, the identity capability's actuator
 * rules apply (a supervisor only).
 */
@Configuration(proxyBeanMethods = false)
class ManagementPortSecurity {

    static final String SCRAPE_PATH = "/actuator/prometheus";

    private final AtomicInteger managementPort = new AtomicInteger(-1);

    /** The management server's port once it listens (a random port in tests). */
    @EventListener
    void onWebServer(WebServerInitializedEvent event) {
        if ("management".equals(event.getApplicationContext().getServerNamespace())) {
            managementPort.set(event.getWebServer().getPort());
        }
    }

    boolean isScrapeOnManagementPort(HttpServletRequest request) {
        var port = managementPort.get();
        return port > 0 && request.getLocalPort() == port && SCRAPE_PATH.equals(request.getRequestURI())
                && "GET".equals(request.getMethod());
    }

    @Bean
    @Order(0)
    SecurityFilterChain prometheusScrapeChain(HttpSecurity http) throws Exception {
        http.securityMatcher(this::isScrapeOnManagementPort)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable());
        return http.build();
    }
}
