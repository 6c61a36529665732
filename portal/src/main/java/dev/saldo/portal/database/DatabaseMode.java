package dev.saldo.portal.database;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Tells other capabilities whether the portal runs on its embedded database (a local, demo-friendly run). */
@Component
public class DatabaseMode {

    private final boolean embedded;

    DatabaseMode(Environment environment) {
        this.embedded = !StringUtils.hasText(environment.getProperty(DatabaseSettings.URI_PROPERTY));
    }

    public boolean isEmbedded() {
        return embedded;
    }
}
