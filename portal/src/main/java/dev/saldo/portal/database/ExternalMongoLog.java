package dev.saldo.portal.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import com.mongodb.ConnectionString;

/** Says at start-up which real MongoDB the portal uses, without the credentials. */
@Component
class ExternalMongoLog {

    private static final Logger log = LoggerFactory.getLogger(ExternalMongoLog.class);

    private final Environment environment;

    ExternalMongoLog(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void logDatabase() {
        var uri = environment.getProperty(DatabaseSettings.URI_PROPERTY);
        if (StringUtils.hasText(uri)) {
            var connection = new ConnectionString(uri);
            log.info("Database: MongoDB at {} (database {})", connection.getHosts(),
                    environment.getProperty("spring.mongodb.database", connection.getDatabase()));
        }
    }
}
