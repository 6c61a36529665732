package dev.saldo.portal.database.backup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Every collection of a database as gzipped JSON lines: a header line, then one line per document
 * ({@code {"collection": …, "document": …}}) in MongoDB's canonical Extended JSON, so dates, longs,
 * decimals and ids come back with their exact types. Indexes are not archived: the portal declares them in
 * code and creates them at start-up.
 */
public final class DatabaseArchive {

    static final String FORMAT = "saldo-database-archive";
    private static final JsonWriterSettings CANONICAL = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    /** Writes every collection; returns documents per collection. */
    public static Map<String, Long> export(MongoDatabase database, OutputStream target) throws IOException {
        var counts = new LinkedHashMap<String, Long>();
        var gzip = new GZIPOutputStream(target);
        var out = new BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8));
        out.write(new Document("format", FORMAT).append("version", 1).append("database", database.getName())
                .append("createdAt", Instant.now().toString()).toJson(CANONICAL));
        out.newLine();
        var names = new ArrayList<String>();
        database.listCollectionNames().into(names);
        names.stream().filter(name -> !name.startsWith("system.")).sorted().forEach(name -> counts.put(name, 0L));
        for (var name : counts.keySet()) {
            long count = 0;
            for (var document : database.getCollection(name).find()) {
                out.write(new Document("collection", name).append("document", document).toJson(CANONICAL));
                out.newLine();
                count++;
            }
            counts.put(name, count);
        }
        out.flush();
        gzip.finish();
        return counts;
    }

    /**
     * Loads an archive into a database whose archived collections are empty (or, with {@code replace}, are
     * dropped first). Returns documents per collection.
     */
    public static Map<String, Long> restore(MongoDatabase database, InputStream source, boolean replace) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(source), StandardCharsets.UTF_8));
        var headerLine = reader.readLine();
        if (headerLine == null || !FORMAT.equals(Document.parse(headerLine).getString("format"))) {
            throw new IllegalArgumentException("Not a Saldo database archive");
        }
        return load(database, reader, replace);
    }

    private DatabaseArchive() {
    }

    private static Map<String, Long> load(MongoDatabase database, BufferedReader reader, boolean replace) throws IOException {
        var counts = new LinkedHashMap<String, Long>();
        var batch = new ArrayList<Document>();
        String current = null;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            var entry = Document.parse(line);
            var name = entry.getString("collection");
            if (!name.equals(current)) {
                flush(database, current, batch);
                prepare(database, name, replace, counts);
                current = name;
            }
            batch.add(entry.get("document", Document.class));
            counts.merge(name, 1L, Long::sum);
            if (batch.size() == 500) {
                flush(database, current, batch);
            }
        }
        flush(database, current, batch);
        return counts;
    }

    private static void prepare(MongoDatabase database, String name, boolean replace, Map<String, Long> counts) {
        if (counts.containsKey(name)) {
            return;
        }
        var collection = database.getCollection(name);
        if (replace) {
            collection.drop();
        } else if (collection.estimatedDocumentCount() > 0) {
            throw new IllegalStateException("Collection " + name + " is not empty: restore into an empty database or replace");
        }
        counts.put(name, 0L);
    }

    private static void flush(MongoDatabase database, String name, List<Document> batch) {
        if (name != null && !batch.isEmpty()) {
            database.getCollection(name).insertMany(List.copyOf(batch));
        }
        batch.clear();
    }
}
