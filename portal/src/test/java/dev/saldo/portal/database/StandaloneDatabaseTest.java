package dev.saldo.portal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database run on its own keeps what it was given across a restart, indexes included. */
class StandaloneDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void what_a_client_wrote_is_there_after_the_database_restarts_on_the_same_file() throws Exception {
        var file = dir.resolve("data/saldo.mv.db");
        var server = StandaloneDatabase.start(file, 0);
        try (var client = MongoClients.create(uri(server))) {
            var invoices = client.getDatabase("saldo").getCollection("invoices");
            invoices.createIndex(Indexes.ascending("debtorId"));
            invoices.insertOne(new Document("_id", "I-1").append("debtorId", "D-1"));
            invoices.insertOne(new Document("_id", "I-2").append("debtorId", "D-2"));
        } finally {
            server.shutdown();
        }

        var restarted = StandaloneDatabase.start(file, 0);
        try (var client = MongoClients.create(uri(restarted))) {
            var invoices = client.getDatabase("saldo").getCollection("invoices");
            assertThat(invoices.find(Filters.eq("debtorId", "D-2")).map(d -> d.getString("_id")).into(new ArrayList<>()))
                    .containsExactly("I-2");
        } finally {
            restarted.shutdown();
        }
    }

    private static String uri(MongoServer server) {
        return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }
}
