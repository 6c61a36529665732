package dev.saldo.portal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An aggregation that starts with a {@code $match} reads its collection through that query (and so through the
 * indexes) instead of whole: counts and pipelines answer as before, and pipelines that read the collection a
 * second time are left alone.
 */
class AggregationsTest {

    @TempDir
    Path dir;

    @Test
    void counts_and_pipelines_that_start_with_a_match_answer_as_a_whole_read_does() {
        var server = new MongoServer(new DurableH2Backend(dir.resolve("aggregations.mv.db").toString()));
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            var invoices = client.getDatabase("saldo").getCollection("invoices");
            invoices.createIndex(Indexes.ascending("debtorId"));
            for (int i = 0; i < 60; i++) {
                invoices.insertOne(new Document("_id", "I-" + i).append("debtorId", "D" + i % 4).append("amount", i));
            }

            assertThat(invoices.countDocuments(Filters.eq("debtorId", "D1"))).isEqualTo(15);
            assertThat(invoices.countDocuments(Filters.and(Filters.eq("debtorId", "D1"), Filters.gte("amount", 30)))).isEqualTo(7);
            assertThat(invoices.countDocuments(Filters.eq("debtorId", "NOBODY"))).isZero();
            assertThat(invoices.countDocuments()).isEqualTo(60);

            var grouped = List.of(new Document("$group", new Document("_id", "$debtorId").append("total", new Document("$sum", "$amount"))),
                    new Document("$sort", new Document("_id", 1)));
            var pushed = new ArrayList<Document>();
            pushed.add(new Document("$match", new Document("debtorId", new Document("$in", List.of("D1", "D2")))));
            pushed.addAll(grouped);
            // The same pipeline behind a $match on everything, which hands over nothing narrower: the reference.
            var whole = new ArrayList<Document>();
            whole.add(new Document("$match", new Document()));
            whole.addAll(pushed);
            assertThat(invoices.aggregate(pushed).into(new ArrayList<>()))
                    .isEqualTo(invoices.aggregate(whole).into(new ArrayList<>()))
                    .extracting(d -> d.get("total")).containsExactly(435, 450);
        } finally {
            server.shutdown();
        }
    }

    @Test
    void a_pipeline_that_reads_its_collection_again_reads_all_of_it_the_second_time() {
        var server = new MongoServer(new DurableH2Backend(dir.resolve("lookup.mv.db").toString()));
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            var invoices = client.getDatabase("saldo").getCollection("invoices");
            invoices.createIndex(Indexes.ascending("debtorId"));
            invoices.insertMany(List.of(new Document("_id", "A1").append("debtorId", "A").append("group", "g"),
                    new Document("_id", "B1").append("debtorId", "B").append("group", "g")));

            var sameGroup = invoices.aggregate(List.of(new Document("$match", new Document("debtorId", "A")),
                    new Document("$lookup", new Document("from", "invoices").append("localField", "group")
                            .append("foreignField", "group").append("as", "sameGroup")))).first();

            assertThat(sameGroup).isNotNull();
            assertThat(sameGroup.getList("sameGroup", Document.class)).extracting(d -> d.getString("_id"))
                    .containsExactlyInAnyOrder("A1", "B1");
        } finally {
            server.shutdown();
        }
    }

    @Test
    void the_leading_match_is_handed_to_the_first_read_of_its_own_collection_only() {
        var match = new de.bwaldvogel.mongo.bson.Document("debtorId", "A");
        var command = new de.bwaldvogel.mongo.bson.Document("aggregate", "invoices").append("pipeline",
                List.of(new de.bwaldvogel.mongo.bson.Document("$match", match),
                        new de.bwaldvogel.mongo.bson.Document("$group", new de.bwaldvogel.mongo.bson.Document("_id", 1))));
        var taken = new ArrayList<Object>();

        EmbeddedH2Collection.LeadingMatch.during("aggregate", command, () -> {
            taken.add(String.valueOf(EmbeddedH2Collection.LeadingMatch.take("payments")));
            taken.add(EmbeddedH2Collection.LeadingMatch.take("invoices"));
            taken.add(String.valueOf(EmbeddedH2Collection.LeadingMatch.take("invoices")));
            return null;
        });

        assertThat(taken).containsExactly("null", match, "null");
        assertThat(EmbeddedH2Collection.LeadingMatch.take("invoices")).isNull();
        var withExpr = new de.bwaldvogel.mongo.bson.Document("aggregate", "invoices").append("pipeline",
                List.of(new de.bwaldvogel.mongo.bson.Document("$match", new de.bwaldvogel.mongo.bson.Document("$expr",
                        new de.bwaldvogel.mongo.bson.Document("$gt", List.of("$a", "$b"))))));
        EmbeddedH2Collection.LeadingMatch.during("aggregate", withExpr,
                () -> taken.add(EmbeddedH2Collection.LeadingMatch.take("invoices")) ? null : null);
        assertThat(taken).last().isNull();
    }
}
