package dev.saldo.portal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write the embedded database acknowledged is in its file at once: copying the file right after the
 * answer is what a SIGKILL leaves behind, and the copy must hold every acknowledged write.
 */
class DurableH2BackendTest {

    @TempDir
    Path dir;

    @Test
    void what_was_acknowledged_is_in_the_file_when_the_process_dies_right_after() throws Exception {
        var file = dir.resolve("saldo-mongo.mv.db");
        var server = new MongoServer(new DurableH2Backend(file.toString()));
        var address = server.bind();
        var killed = dir.resolve("as-left-by-sigkill.mv.db");
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            var payments = client.getDatabase("saldo").getCollection("payments");
            payments.insertOne(new Document("_id", "P-1").append("status", "PENDING"));
            payments.insertMany(List.of(new Document("_id", "P-2").append("status", "PENDING"),
                    new Document("_id", "P-3").append("status", "PENDING")));
            payments.updateOne(Filters.eq("_id", "P-1"), Updates.set("status", "SUCCEEDED"));
            payments.deleteOne(Filters.eq("_id", "P-3"));

            Files.copy(file, killed);
        } finally {
            server.shutdown();
        }

        var survivor = new MongoServer(new H2Backend(killed.toString()));
        var again = survivor.bind();
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + again.getPort())) {
            var payments = client.getDatabase("saldo").getCollection("payments");
            assertThat(payments.find().map(d -> d.getString("_id") + " " + d.getString("status")).into(new java.util.ArrayList<>()))
                    .containsExactlyInAnyOrder("P-1 SUCCEEDED", "P-2 PENDING");
        } finally {
            survivor.shutdown();
        }
    }

    @Test
    void the_background_writer_that_compacts_the_file_starts_only_once_every_collection_is_open() {
        var file = dir.resolve("reopened.mv.db");
        var server = new MongoServer(new DurableH2Backend(file.toString()));
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            var invoices = client.getDatabase("saldo").getCollection("invoices");
            invoices.createIndex(com.mongodb.client.model.Indexes.ascending("debtorId"));
            invoices.insertMany(List.of(new Document("_id", "I-1").append("debtorId", "D-1"),
                    new Document("_id", "I-2").append("debtorId", "D-2")));
        } finally {
            server.shutdown();
        }

        var delaysWhileOpening = new java.util.ArrayList<Integer>();
        var reopened = new DurableH2Backend(file.toString()) {
            @Override
            protected de.bwaldvogel.mongo.MongoDatabase openOrCreateDatabase(String name) {
                delaysWhileOpening.add(getMvStore().getAutoCommitDelay());
                return super.openOrCreateDatabase(name);
            }
        };
        try {
            assertThat(delaysWhileOpening).as("background writing while the collections open").containsExactly(0);
            assertThat(reopened.getMvStore().getAutoCommitDelay()).isEqualTo(DurableH2Backend.BACKGROUND_WRITE_MILLIS);
            assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                    .anyMatch(name -> name.startsWith("MVStore background writer") && name.contains("reopened.mv.db"));
        } finally {
            reopened.close();
        }
    }
}
