package dev.saldo.portal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The embedded database's non-unique indexes answer exactly what a scan answers: the same documents in the
 * same order, through inserts, updates that move a document to another value, deletes, arrays, values that
 * are not strings, and a restart that rebuilds the index from the file. The comparison is with the same
 * query written so that no index can take it ({@code $in}), which the database answers by scanning.
 */
class EqualityIndexTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void an_indexed_query_finds_what_a_scan_finds_through_random_writes_and_a_restart(int seed) {
        var file = dir.resolve("indexed-" + seed + ".mv.db").toString();
        var random = new Random(seed);
        var debtors = List.of("D1", "D2", "D3", "D4", "D5");
        var server = new MongoServer(new DurableH2Backend(file));
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            var invoices = client.getDatabase("saldo").getCollection("invoices");
            invoices.createIndex(Indexes.ascending("debtorId", "status"));
            for (int i = 0; i < 300; i++) {
                var id = "I-" + random.nextInt(120);
                var debtor = debtors.get(random.nextInt(debtors.size()));
                switch (random.nextInt(6)) {
                    case 0, 1 -> {
                        if (invoices.countDocuments(Filters.eq("_id", id)) == 0) {
                            invoices.insertOne(new Document("_id", id).append("debtorId", debtor).append("status", "OPEN")
                                    .append("amount", random.nextInt(1000)));
                        }
                    }
                    case 2 -> invoices.updateOne(Filters.eq("_id", id), Updates.set("debtorId", debtor));
                    case 3 -> invoices.deleteOne(Filters.eq("_id", id));
                    case 4 -> invoices.updateMany(Filters.eq("debtorId", debtor), Updates.set("status", "PAID"));
                    default -> invoices.updateOne(Filters.eq("_id", id), Updates.set("debtorId",
                            random.nextBoolean() ? List.of(debtor, "SHARED") : 42));
                }
                if (i % 25 == 0) {
                    assertIndexAgreesWithScan(invoices, debtors);
                }
            }
            assertIndexAgreesWithScan(invoices, debtors);
        } finally {
            server.shutdown();
        }

        var reopened = new MongoServer(new DurableH2Backend(file));
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + reopened.bind().getPort())) {
            assertIndexAgreesWithScan(client.getDatabase("saldo").getCollection("invoices"), debtors);
        } finally {
            reopened.shutdown();
        }
    }

    @Test
    void the_index_holds_every_document_with_a_string_value_and_a_dotted_field_stays_a_scan() {
        var backend = new DurableH2Backend(dir.resolve("count.mv.db").toString());
        var server = new MongoServer(backend);
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            var timeline = client.getDatabase("saldo").getCollection("timeline");
            timeline.createIndex(Indexes.ascending("debtorId"));
            timeline.createIndex(Indexes.ascending("lines.invoiceId"));
            timeline.insertMany(List.of(new Document("_id", 1).append("debtorId", "A"),
                    new Document("_id", 2).append("debtorId", "A"), new Document("_id", 3).append("debtorId", "B"),
                    new Document("_id", 4)));

            var indexes = backend.resolveDatabase("saldo").resolveCollection("timeline", true).getIndexes();
            assertThat(indexes).filteredOn(index -> index instanceof EqualityIndex).singleElement()
                    .satisfies(index -> assertThat(index.getCount()).isEqualTo(3));
            assertThat(timeline.find(Filters.eq("debtorId", "A")).map(d -> d.getInteger("_id")).into(new ArrayList<>()))
                    .containsExactly(1, 2);
        } finally {
            server.shutdown();
        }
    }

    private static void assertIndexAgreesWithScan(MongoCollection<Document> invoices, List<String> debtors) {
        for (var debtor : concat(debtors, "SHARED", "NOBODY")) {
            assertThat(ids(invoices, Filters.eq("debtorId", debtor))).as(debtor)
                    .isEqualTo(ids(invoices, Filters.in("debtorId", debtor)));
            assertThat(ids(invoices, Filters.and(Filters.eq("debtorId", debtor), Filters.eq("status", "OPEN"))))
                    .isEqualTo(ids(invoices, Filters.and(Filters.in("debtorId", debtor), Filters.eq("status", "OPEN"))));
            assertThat(invoices.find(Filters.eq("debtorId", debtor)).sort(Sorts.descending("amount")).limit(3)
                    .map(d -> d.getString("_id")).into(new ArrayList<>()))
                    .isEqualTo(invoices.find(Filters.in("debtorId", debtor)).sort(Sorts.descending("amount")).limit(3)
                            .map(d -> d.getString("_id")).into(new ArrayList<>()));
            assertThat(invoices.countDocuments(Filters.eq("debtorId", debtor)))
                    .isEqualTo(invoices.countDocuments(Filters.in("debtorId", debtor)));
        }
    }

    private static List<String> ids(MongoCollection<Document> invoices, Bson filter) {
        return invoices.find(filter).map(d -> d.getString("_id")).into(new ArrayList<>());
    }

    private static List<String> concat(List<String> values, String... more) {
        var all = new ArrayList<>(values);
        all.addAll(List.of(more));
        return all;
    }
}
