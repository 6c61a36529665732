package dev.saldo.portal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client's find is answered in batches as a MongoDB answers it (101 documents first when the client names no
 * size, never more than 16 MiB a reply), while the server's own reads still see every match.
 */
class ReplyBatchesTest {

    @TempDir
    Path dir;

    private MongoServer server;
    private com.mongodb.client.MongoClient client;
    private MongoCollection<Document> invoices;

    @BeforeEach
    void start() {
        server = new MongoServer(new DurableH2Backend(dir.resolve("batches.mv.db").toString()));
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        invoices = client.getDatabase("saldo").getCollection("invoices");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void a_find_that_names_no_batch_size_gets_101_documents_first_and_the_rest_on_asking() {
        invoices.insertMany(IntStream.range(0, 250).mapToObj(ReplyBatchesTest::invoice).toList());

        try (var cursor = invoices.find().sort(Sorts.ascending("_id")).cursor()) {
            assertThat(cursor.available()).isEqualTo(ReplyBatches.FIRST_BATCH);
            var ids = new ArrayList<String>();
            cursor.forEachRemaining(d -> ids.add(d.getString("_id")));
            assertThat(ids).isEqualTo(IntStream.range(0, 250).mapToObj(ReplyBatchesTest::id).sorted().toList());
        }
    }

    @Test
    void a_batch_size_or_a_limit_the_client_names_is_kept() {
        invoices.insertMany(IntStream.range(0, 250).mapToObj(ReplyBatchesTest::invoice).toList());

        try (var cursor = invoices.find().batchSize(40).cursor()) {
            assertThat(cursor.available()).isEqualTo(40);
            int read = 0;
            while (cursor.hasNext()) {
                cursor.next();
                read++;
            }
            assertThat(read).isEqualTo(250);
        }
        try (var cursor = invoices.find().limit(200).cursor()) {
            assertThat(cursor.available()).isEqualTo(200);
        }
        assertThat(invoices.find().limit(-150).into(new ArrayList<>())).hasSize(150);
    }

    @Test
    void a_find_over_more_than_the_drivers_largest_reply_is_read_in_batches_of_at_most_16_mib() {
        // 60 documents of 1 MB: 60 MB, over the 48 MB the driver accepts in one reply.
        var text = "x".repeat(1024 * 1024);
        for (int i = 0; i < 60; i++) {
            invoices.insertOne(new Document("_id", id(i)).append("notes", text));
        }

        try (var cursor = invoices.find().cursor()) {
            assertThat(cursor.available()).isEqualTo(15);
            int read = 0;
            while (cursor.hasNext()) {
                assertThat(cursor.next().getString("notes")).hasSize(text.length());
                read++;
            }
            assertThat(read).isEqualTo(60);
        }
    }

    @Test
    void the_servers_own_reads_still_see_every_match() {
        invoices.insertMany(IntStream.range(0, 250).mapToObj(ReplyBatchesTest::invoice).toList());

        var updated = invoices.updateMany(Filters.eq("settled", false), Updates.set("settled", true));
        assertThat(updated.getModifiedCount()).isEqualTo(250);
        assertThat(invoices.countDocuments(Filters.eq("settled", true))).isEqualTo(250);
        var total = invoices.aggregate(List.of(new Document("$group",
                new Document("_id", null).append("amount", new Document("$sum", "$amount"))))).first();
        assertThat(total).isNotNull();
        assertThat(total.getInteger("amount")).isEqualTo(IntStream.range(0, 250).sum());
        assertThat(invoices.deleteMany(Filters.eq("settled", true)).getDeletedCount()).isEqualTo(250);
        assertThat(invoices.countDocuments()).isZero();
    }

    private static Document invoice(int i) {
        return new Document("_id", id(i)).append("settled", false).append("amount", i);
    }

    private static String id(int i) {
        return "I-%04d".formatted(i);
    }
}
