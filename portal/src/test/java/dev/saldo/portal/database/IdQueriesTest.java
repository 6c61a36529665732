package dev.saldo.portal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query that names one {@code _id} and more fields, in one document or in {@code $and} conditions, (a versioned save, a conditional transition) reads the
 * one document with that {@code _id} on the embedded database, and must answer, update and delete exactly
 * what the same query answers when the database scans: written with {@code _id: {$in: [...]}}, which no
 * index takes.
 */
class IdQueriesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void a_query_on_one_id_and_more_fields_finds_updates_and_deletes_what_a_scan_would(int seed) {
        var random = new Random(seed);
        var server = new MongoServer(new DurableH2Backend(dir.resolve("ids-" + seed + ".mv.db").toString()));
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            var database = client.getDatabase("saldo");
            var indexed = database.getCollection("indexed");
            var scanned = database.getCollection("scanned");
            for (int i = 0; i < 400; i++) {
                Object id = random.nextBoolean() ? "I-" + random.nextInt(40) : random.nextInt(40);
                var version = random.nextInt(3);
                var status = List.of("OPEN", "PAID", "FAILED").get(random.nextInt(3));
                var amount = random.nextInt(1000);
                switch (random.nextInt(5)) {
                    case 0 -> {
                        for (var collection : List.of(indexed, scanned)) {
                            if (collection.countDocuments(Filters.eq("_id", id)) == 0) {
                                collection.insertOne(new Document("_id", id).append("version", version).append("status", status)
                                        .append("amount", amount));
                            }
                        }
                    }
                    case 1 -> {
                        var change = Updates.combine(Updates.inc("version", 1), Updates.set("status", status));
                        assertThat(indexed.updateOne(byId(id, version), change).getModifiedCount())
                                .isEqualTo(scanned.updateOne(byIdScanned(id, version), change).getModifiedCount());
                    }
                    case 2 -> assertThat(indexed.deleteOne(Filters.and(Filters.eq("_id", id), Filters.eq("status", status)))
                            .getDeletedCount())
                            .isEqualTo(scanned.deleteOne(Filters.and(Filters.in("_id", id), Filters.eq("status", status)))
                                    .getDeletedCount());
                    case 3 -> assertThat(indexed.findOneAndUpdate(Filters.and(Filters.eq("_id", id),
                            Filters.in("status", "OPEN", "FAILED")), Updates.set("status", "PAID")))
                            .isEqualTo(scanned.findOneAndUpdate(Filters.and(Filters.in("_id", id),
                                    Filters.in("status", "OPEN", "FAILED")), Updates.set("status", "PAID")));
                    default -> assertThat(find(indexed, byId(id, version))).isEqualTo(find(scanned, byIdScanned(id, version)));
                }
            }
            assertThat(find(indexed, Filters.empty())).isEqualTo(find(scanned, Filters.empty())).isNotEmpty();
        } finally {
            server.shutdown();
        }
    }

    /** As Spring Data writes a versioned save's filter: one document, {@code {_id: …, version: …}}. */
    private static Bson byId(Object id, int version) {
        return new Document("_id", id).append("version", version);
    }

    private static Bson byIdScanned(Object id, int version) {
        return new Document("_id", new Document("$in", List.of(id))).append("version", version);
    }

    private static List<Document> find(MongoCollection<Document> collection, Bson filter) {
        return collection.find(filter).sort(Sorts.ascending("amount")).into(new ArrayList<>());
    }
}
