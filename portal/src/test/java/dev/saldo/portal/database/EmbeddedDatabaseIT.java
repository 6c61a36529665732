package dev.saldo.portal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.saldo.portal.SaldoApplication;
import dev.saldo.portal.debtor.DebtorDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Which database the portal uses, and that the embedded one keeps its data across restarts. */
class EmbeddedDatabaseIT {

    @Test
    void embedded_database_keeps_the_portfolio_across_a_restart_without_seeding_twice(@TempDir Path data) {
        long first;
        try (var portal = start("--saldo.database.data-dir=" + data)) {
            assertThat(portal.getBeansOfType(MongoServer.class)).hasSize(1);
            first = portal.getBean(DebtorDirectory.class).count();
            assertThat(first).isEqualTo(50);
        }
        assertThat(Files.exists(data.resolve(DatabaseSettings.FILE_NAME))).isTrue();
        try (var portal = start("--saldo.database.data-dir=" + data)) {
            assertThat(portal.getBean(DebtorDirectory.class).count()).isEqualTo(first);
        }
    }

    @Test
    void with_a_mongodb_uri_the_portal_uses_that_server_and_starts_nothing_embedded(@TempDir Path data) {
        var external = new MongoServer(new MemoryBackend());
        external.bind("127.0.0.1", 0);
        var uri = "mongodb://127.0.0.1:" + external.getLocalAddress().getPort();
        try (var portal = start("--spring.mongodb.uri=" + uri, "--saldo.demo.enabled=true",
                "--saldo.database.data-dir=" + data)) {
            assertThat(portal.getBeansOfType(MongoServer.class)).isEmpty();
            assertThat(portal.getBean(DatabaseMode.class).isEmbedded()).isFalse();
            try (var client = MongoClients.create(uri)) {
                assertThat(client.getDatabase("saldo").getCollection("debtors").countDocuments()).isEqualTo(50);
            }
            assertThat(Files.exists(data.resolve(DatabaseSettings.FILE_NAME))).isFalse();
        } finally {
            external.shutdownNow();
        }
    }

    @Test
    void demo_data_is_off_by_default_against_a_real_database(@TempDir Path data) {
        var external = new MongoServer(new MemoryBackend());
        external.bind("127.0.0.1", 0);
        var uri = "mongodb://127.0.0.1:" + external.getLocalAddress().getPort();
        try (var portal = start("--spring.mongodb.uri=" + uri)) {
            assertThat(portal.getBean(DebtorDirectory.class).count()).isZero();
        } finally {
            external.shutdownNow();
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(SaldoApplication.class)
                .run(concat(args, "--server.port=0", "--logging.level.root=warn"));
    }

    private static String[] concat(String[] args, String... more) {
        var all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
