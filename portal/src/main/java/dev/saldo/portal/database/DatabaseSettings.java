package dev.saldo.portal.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded database keeps its file. Only used when no MongoDB URI is set.
 *
 * @param dataDir folder for the H2 file, relative to the working directory unless absolute
 */
@ConfigurationProperties("saldo.database")
public record DatabaseSettings(@DefaultValue("data") Path dataDir) {

    static final String URI_PROPERTY = "spring.mongodb.uri";
    static final String FILE_NAME = "saldo-mongo.mv.db";

    Path file() {
        return dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
    }
}
