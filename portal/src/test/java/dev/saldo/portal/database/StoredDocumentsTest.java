package dev.saldo.portal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.NoopOplog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the embedded database answers is a copy: a later update does not change a document a reader already
 * holds, whichever way the query found it (by {@code _id}, through a non-unique index, by scanning, or in a
 * cursor's later batches). The server encodes its answer after it has let go of the collection, so a shared
 * object would reach the client half updated, or not at all.
 */
class StoredDocumentsTest {

    @TempDir
    Path dir;

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<?> payments;

    @BeforeEach
    void open() {
        var backend = new DurableH2Backend(dir.resolve("copies.mv.db").toString());
        server = new MongoServer(backend);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        client.getDatabase("saldo").getCollection("payments").createIndex(Indexes.ascending("debtorId"));
        payments = backend.resolveDatabase("saldo").resolveCollection("payments", true);
        for (int i = 1; i <= 3; i++) {
            payments.addDocument(new Document("_id", "P" + i).append("debtorId", "D1").append("amountMinor", 40_000 * i)
                    .append("status", "OPEN").append("planned", new ArrayList<>(List.of(new Document("invoiceId", "I" + i)))));
        }
    }

    @AfterEach
    void close() {
        client.close();
        server.shutdown();
    }

    @Test
    void a_document_read_by_id_keeps_what_it_said_when_the_document_is_updated_afterwards() {
        var read = only(payments.handleQuery(new Document("_id", "P1")));

        succeed("P1");

        assertUnchanged(read);
        assertThat(only(payments.handleQuery(new Document("_id", "P1"))).get("status")).isEqualTo("SUCCEEDED");
    }

    @Test
    void documents_read_through_an_index_or_a_scan_keep_what_they_said_when_they_are_updated_afterwards() {
        var throughIndex = list(payments.handleQuery(new Document("debtorId", "D1")));
        var byScan = list(payments.handleQuery(new Document("amountMinor", new Document("$gte", 0))));
        assertThat(throughIndex).hasSize(3);
        assertThat(byScan).hasSize(3);

        payments.updateDocuments(new Document("debtorId", "D1"), new Document("$set", new Document("status", "SUCCEEDED")
                .append("applied", List.of(new Document("invoiceId", "I1")))), ArrayFilters.empty(), true, false,
                NoopOplog.get());

        throughIndex.forEach(StoredDocumentsTest::assertUnchanged);
        byScan.forEach(StoredDocumentsTest::assertUnchanged);
    }

    @Test
    void a_cursors_later_batches_keep_what_the_query_found() {
        try (var cursor = client.getDatabase("saldo").getCollection("payments")
                .find(Filters.eq("debtorId", "D1")).batchSize(1).iterator()) {
            var first = cursor.next();

            succeed("P2");
            succeed("P3");

            var statuses = new ArrayList<>(List.of(first.getString("status")));
            cursor.forEachRemaining(later -> statuses.add(later.getString("status")));
            assertThat(statuses).containsExactly("OPEN", "OPEN", "OPEN");
        }
    }

    @Test
    void a_list_a_reader_holds_does_not_grow_when_the_stored_document_gets_a_new_element() {
        payments.updateDocuments(new Document("_id", "P1"), new Document("$push", new Document("planned",
                new Document("invoiceId", "I9"))), ArrayFilters.empty(), false, false, NoopOplog.get());
        var read = only(payments.handleQuery(new Document("_id", "P1")));

        payments.updateDocuments(new Document("_id", "P1"), new Document("$push", new Document("planned",
                new Document("invoiceId", "I10"))), ArrayFilters.empty(), false, false, NoopOplog.get());

        assertThat((List<?>) read.get("planned")).hasSize(2);
        assertThat((List<?>) only(payments.handleQuery(new Document("_id", "P1"))).get("planned")).hasSize(3);
    }

    private void succeed(String id) {
        payments.updateDocuments(new Document("_id", id), new Document("$set", new Document("status", "SUCCEEDED")
                .append("applied", List.of(new Document("invoiceId", "I1")))), ArrayFilters.empty(), false, false,
                NoopOplog.get());
    }

    private static void assertUnchanged(Document read) {
        assertThat(read.get("status")).isEqualTo("OPEN");
        assertThat(read.containsKey("applied")).isFalse();
    }

    private static Document only(Iterable<Document> documents) {
        var all = list(documents);
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    private static List<Document> list(Iterable<Document> documents) {
        var all = new ArrayList<Document>();
        documents.forEach(all::add);
        return all;
    }
}
