package dev.saldo.portal.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * With no MongoDB URI configured, starts mongo-java-server on a free loopback port, persisted in an
 * H2 file, and points Spring Boot's MongoDB client at it. It speaks the real wire protocol, so the
 * rest of the portal runs the same driver and repositories it runs against a production replica set.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMongoCondition.class)
class EmbeddedMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(DatabaseSettings settings) {
        var file = settings.file();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + file.getParent(), e);
        }
        var server = new MongoServer(new DurableH2Backend(file.toString()));
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        log.info("Database: embedded MongoDB (mongo-java-server) on {} persisted in {}", address, file);
        return server;
    }

    /**
     * Boot's MongoDB health check sends {@code hello}, which mongo-java-server does not implement; a
     * {@code ping} through the same client proves the same thing. Named like Boot's so it replaces it.
     */
    @Bean
    HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return () -> {
            try {
                mongo.executeCommand(new Document("ping", 1));
                return Health.up().withDetail("database", "embedded").build();
            } catch (RuntimeException e) {
                return Health.down(e).build();
            }
        };
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer server) {
        var address = server.getLocalAddress();
        var uri = new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort());
        return () -> uri;
    }
}
