package dev.saldo.portal.demo;

import dev.saldo.portal.database.DatabaseMode;
import org.springframework.stereotype.Component;

/** Whether this instance runs with the demo portfolio and accounts (the login page then lists them). */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(DemoSettings settings, DatabaseMode database) {
        this.enabled = settings.enabledFor(database.isEmbedded());
    }

    public boolean isEnabled() {
        return enabled;
    }
}
