package dev.saldo.portal.payment;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links back into the portal for the gateway: the configured public address, or else the
 * address the current request came in on (right behind a plain port, wrong behind a proxy: set it).
 */
@Component
public class ReturnLinks {

    private final PaymentSettings settings;

    ReturnLinks(PaymentSettings settings) {
        this.settings = settings;
    }

    public String to(String path) {
        var base = settings.publicUrl();
        if ((base == null || base.isBlank()) && RequestContextHolder.getRequestAttributes() != null) {
            base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        }
        if (base == null || base.isBlank()) {
            base = "http://localhost:8080";
        }
        return (base.endsWith("/") ? base : base + "/") + path;
    }
}
