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
 * query written so that no index can take it (inside an {@code $or}), which the database answers by scanning.
 */
class OrderedIndexTest {

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
    void the_index_holds_every_document_and_a_dotted_field_stays_a_scan() {
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
            assertThat(indexes).filteredOn(index -> index instanceof OrderedIndex).singleElement()
                    .satisfies(index -> assertThat(index.getCount()).isEqualTo(4));
            assertThat(timeline.find(Filters.eq("debtorId", "A")).map(d -> d.getInteger("_id")).into(new ArrayList<>()))
                    .containsExactly(1, 2);
        } finally {
            server.shutdown();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void ranges_and_compound_prefixes_find_what_a_scan_finds_and_keyset_pages_add_up_to_the_whole(int seed) {
        var file = dir.resolve("ranges-" + seed + ".mv.db").toString();
        var random = new Random(seed);
        var server = new MongoServer(new DurableH2Backend(file));
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            var invoices = client.getDatabase("saldo").getCollection("invoices");
            invoices.createIndex(Indexes.ascending("settled", "dueDate", "currency"));
            invoices.createIndex(Indexes.ascending("nextAction"));
            for (int i = 0; i < 400; i++) {
                var id = "I-%03d".formatted(random.nextInt(150));
                switch (random.nextInt(7)) {
                    case 0, 1, 2 -> {
                        if (invoices.countDocuments(Filters.eq("_id", id)) == 0) {
                            invoices.insertOne(new Document("_id", id).append("settled", random.nextInt(4) == 0)
                                    .append("dueDate", oddValue(random)).append("currency", random.nextBoolean() ? "CLP" : "EUR")
                                    .append("nextAction", switch (random.nextInt(10)) {
                                        case 0 -> null;
                                        // Arrays only for even seeds: while there are none, sorted reads follow the index.
                                        case 1 -> seed % 2 == 0 ? List.of(day(random.nextInt(30)), day(random.nextInt(30))) : null;
                                        default -> day(random.nextInt(30));
                                    }));
                        }
                    }
                    case 3 -> invoices.updateOne(Filters.eq("_id", id), Updates.set("dueDate", oddValue(random)));
                    case 4 -> invoices.updateOne(Filters.eq("_id", id), Updates.set("settled", random.nextBoolean()));
                    case 5 -> invoices.updateMany(Filters.lte("nextAction", day(random.nextInt(30))),
                            Updates.set("nextAction", day(random.nextInt(30))));
                    default -> invoices.deleteOne(Filters.eq("_id", id));
                }
                if (i % 40 == 0) {
                    assertRangesAgreeWithScan(invoices, random);
                }
            }
            assertRangesAgreeWithScan(invoices, random);
        } finally {
            server.shutdown();
        }

        var reopened = new MongoServer(new DurableH2Backend(file));
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + reopened.bind().getPort())) {
            assertRangesAgreeWithScan(client.getDatabase("saldo").getCollection("invoices"), random);
        } finally {
            reopened.shutdown();
        }
    }

    @Test
    void the_query_shapes_the_daily_jobs_use_are_bounded_by_their_indexes() {
        var backend = new DurableH2Backend(dir.resolve("shapes.mv.db").toString());
        var server = new MongoServer(backend);
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            var invoices = client.getDatabase("saldo").getCollection("invoices");
            invoices.createIndex(Indexes.ascending("settled", "dueDate", "currency"));
            for (int i = 0; i < 30; i++) {
                invoices.insertOne(new Document("_id", "I-" + i).append("settled", i % 3 == 0).append("dueDate", day(i))
                        .append("currency", "CLP"));
            }
            invoices.insertOne(new Document("_id", "I-undated").append("settled", false).append("currency", "CLP"));
            var index = (OrderedIndex) backend.resolveDatabase("saldo").resolveCollection("invoices", true).getIndexes()
                    .stream().filter(OrderedIndex.class::isInstance).findFirst().orElseThrow();

            // As queries arrive from the wire: dates decoded as instants.
            var overdue = new de.bwaldvogel.mongo.bson.Document("settled", false)
                    .append("dueDate", new de.bwaldvogel.mongo.bson.Document("$lt", day(10).toInstant()));
            assertThat(index.boundFields(overdue)).isEqualTo(2);
            // Days 1, 2, 4, 5, 7, 8 are unsettled and before day 10; the index's ends are inclusive, so it also
            // reads day 10, which the database's own match then leaves out. None of the other 23, and not the one
            // without a date, which a comparison with a date never matches.
            assertThat(index.getPositions(overdue)).containsExactly("I-1", "I-10", "I-2", "I-4", "I-5", "I-7", "I-8");
            assertThat(index.boundFields(new de.bwaldvogel.mongo.bson.Document("settled", true))).isEqualTo(1);
            assertThat(index.boundFields(new de.bwaldvogel.mongo.bson.Document("dueDate", day(3).toInstant()))).isZero();
            assertThat(index.boundFields(new de.bwaldvogel.mongo.bson.Document("settled",
                    new de.bwaldvogel.mongo.bson.Document("$in", List.of(true))))).isZero();
        } finally {
            server.shutdown();
        }
    }

    private static void assertRangesAgreeWithScan(MongoCollection<Document> invoices, Random random) {
        for (int i = 0; i < 6; i++) {
            var from = day(random.nextInt(30));
            var to = day(random.nextInt(30));
            var settled = random.nextBoolean();
            for (var filter : List.of(
                    Filters.and(Filters.eq("settled", settled), Filters.lt("dueDate", to)),
                    new Document("settled", settled).append("dueDate", new Document("$gte", from).append("$lt", to)),
                    new Document("settled", settled).append("dueDate", new Document("$gt", from)),
                    new Document("settled", settled).append("dueDate", from).append("currency", "CLP"),
                    new Document("settled", settled),
                    new Document("nextAction", new Document("$lte", to)),
                    new Document("nextAction", new Document("$gt", from).append("$lte", to)),
                    new Document("nextAction", from))) {
                assertThat(ids(invoices, filter)).as(filter.toString()).isEqualTo(ids(invoices, Filters.or(filter)));
                assertThat(invoices.find(filter).sort(Sorts.ascending("dueDate", "_id")).limit(5).map(d -> d.getString("_id"))
                        .into(new ArrayList<>())).as(filter.toString())
                        .isEqualTo(invoices.find(Filters.or(filter)).sort(Sorts.ascending("dueDate", "_id")).limit(5)
                                .map(d -> d.getString("_id")).into(new ArrayList<>()));
                // Read in the {nextAction} index's order and stopped early: the planner's "next 200 due".
                for (var skip : List.of(0, 3)) {
                    assertThat(invoices.find(filter).sort(Sorts.ascending("nextAction", "_id")).skip(skip).limit(4)
                            .map(d -> d.getString("_id")).into(new ArrayList<>())).as(filter + " skip " + skip)
                            .isEqualTo(invoices.find(Filters.or(filter)).sort(Sorts.ascending("nextAction", "_id")).skip(skip)
                                    .limit(4).map(d -> d.getString("_id")).into(new ArrayList<>()));
                }
                assertThat(invoices.countDocuments(filter)).isEqualTo(invoices.countDocuments(Filters.or(filter)));
            }
            // The fee job's keyset paging: pages by _id after the last one seen add up to the whole, in order.
            var overdue = new Document("settled", false).append("dueDate", new Document("$lt", to));
            var paged = new ArrayList<String>();
            String after = null;
            while (true) {
                var page = new Document(overdue);
                if (after != null) {
                    page.append("_id", new Document("$gt", after));
                }
                var ids = invoices.find(page).sort(Sorts.ascending("_id")).limit(7).map(d -> d.getString("_id"))
                        .into(new ArrayList<>());
                paged.addAll(ids);
                if (ids.size() < 7) {
                    break;
                }
                after = ids.getLast();
            }
            assertThat(paged).isEqualTo(invoices.find(Filters.or(overdue)).sort(Sorts.ascending("_id"))
                    .map(d -> d.getString("_id")).into(new ArrayList<>()));
        }
    }

    private static java.util.Date day(int n) {
        return java.util.Date.from(java.time.LocalDate.of(2026, 1, 1).plusDays(n).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }

    /** Mostly a day; sometimes missing, null, a number, a string or an array of days, as a careless writer leaves. */
    private static Object oddValue(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> null;
            case 1 -> 17;
            case 2 -> "2026-01-05";
            case 3 -> List.of(day(random.nextInt(30)), day(random.nextInt(30)));
            case 4 -> List.of();
            default -> day(random.nextInt(30));
        };
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
