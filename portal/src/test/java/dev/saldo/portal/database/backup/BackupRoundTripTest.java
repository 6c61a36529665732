package dev.saldo.portal.database.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database goes out to an archive and comes back identical, types and all. */
class BackupRoundTripTest {

    private static final List<String> COLLECTIONS = List.of("debtors", "invoices", "accounts", "shedLock");

    @Test
    void an_exported_embedded_database_imports_into_an_empty_one_with_every_document_and_type(@TempDir Path temp)
            throws Exception {
        var source = temp.resolve("source");
        var restored = temp.resolve("restored");
        var archive = temp.resolve("backups/saldo.jsonl.gz");
        var original = withDatabase(source, BackupRoundTripTest::seed);

        assertThat(run("export", archive.toString(), "--data-dir", source.toString())).contains("exported 1204 documents");
        assertThat(Files.size(archive)).isPositive();
        assertThat(run("import", archive.toString(), "--data-dir", restored.toString())).contains("imported 1204 documents");

        List<String> copy = withDatabase(restored, BackupRoundTripTest::dump);
        assertThat(copy).isEqualTo(original);
    }

    @Test
    void import_refuses_a_database_that_already_has_data_unless_told_to_replace_it(@TempDir Path temp) throws Exception {
        var source = temp.resolve("source");
        var archive = temp.resolve("saldo.jsonl.gz");
        var original = withDatabase(source, BackupRoundTripTest::seed);
        run("export", archive.toString(), "--data-dir", source.toString());

        withDatabase(source, db -> {
            db.getCollection("debtors").insertOne(new Document("name", "added after the backup"));
            return null;
        });
        assertThat(run("import", archive.toString(), "--data-dir", source.toString())).contains("import failed")
                .contains("not empty");
        assertThat(run("import", archive.toString(), "--data-dir", source.toString(), "--replace")).contains("imported");
        List<String> replaced = withDatabase(source, BackupRoundTripTest::dump);
        assertThat(replaced).isEqualTo(original);
    }

    @Test
    void a_file_that_is_not_an_archive_is_rejected(@TempDir Path temp) throws Exception {
        var notAnArchive = temp.resolve("notes.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(notAnArchive))) {
            out.write("{\"hello\": 1}\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(run("import", notAnArchive.toString(), "--data-dir", temp.resolve("db").toString()))
                .contains("Not a Saldo database archive");
    }

    private static List<String> seed(com.mongodb.client.MongoDatabase db) {
        var debtors = new ArrayList<Document>();
        for (int i = 0; i < 600; i++) {
            debtors.add(new Document("_id", new ObjectId()).append("name", "Débtor ñ " + i).append("balanceMinor", 1_000_000_000_000L + i)
                    .append("rate", new Decimal128(new BigDecimal("0.0125"))).append("since", new Date(1_700_000_000_000L + i))
                    .append("tags", List.of("a", i)).append("contact", new Document("email", null).append("phone", "+56 9 " + i)));
        }
        db.getCollection("debtors").insertMany(debtors);
        var invoices = new ArrayList<Document>();
        for (int i = 0; i < 600; i++) {
            invoices.add(new Document("_id", "inv-" + i).append("openMinor", i * 100L).append("settled", i % 3 == 0)
                    .append("lines", List.of(new Document("amountMinor", 5L), new Document("amountMinor", -2L))));
        }
        db.getCollection("invoices").insertMany(invoices);
        db.getCollection("accounts").insertMany(List.of(new Document("username", "ana"), new Document("username", "bruno")));
        db.getCollection("shedLock").insertMany(List.of(new Document("_id", "job-a"), new Document("_id", "job-b")));
        return dump(db);
    }

    private static List<String> dump(com.mongodb.client.MongoDatabase db) {
        var all = new ArrayList<String>();
        for (var name : COLLECTIONS) {
            for (var document : db.getCollection(name).find().sort(Sorts.ascending("_id"))) {
                all.add(name + " " + document.toJson());
            }
        }
        return all;
    }

    private static <T> T withDatabase(Path dataDir, java.util.function.Function<com.mongodb.client.MongoDatabase, T> work)
            throws Exception {
        Files.createDirectories(dataDir);
        var server = new MongoServer(new H2Backend(dataDir.resolve(BackupTool.FILE_NAME).toString()));
        var address = server.bind();
        try (var client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            return work.apply(client.getDatabase("saldo"));
        } finally {
            server.shutdown();
        }
    }

    private static String run(String... args) {
        var bytes = new ByteArrayOutputStream();
        BackupTool.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), args);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
