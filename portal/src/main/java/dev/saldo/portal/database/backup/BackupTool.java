package dev.saldo.portal.database.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.LoggerFactory;

/**
 * Exports or imports the whole database, with the portal stopped (the embedded H2 file is single-user):
 * <pre>
 * BackupTool export ARCHIVE [--data-dir DIR | --uri MONGODB_URI] [--database saldo]
 * BackupTool import ARCHIVE [--data-dir DIR | --uri MONGODB_URI] [--database saldo] [--replace]
 * </pre>
 * Without {@code --uri} it opens the embedded database file in {@code --data-dir} (default: $SALDO_DATA_DIR,
 * else {@code data}) through mongo-java-server, exactly as the portal does. Run from the portal's jar with
 * {@code infra/scripts/backup-embedded.sh} and {@code restore-embedded.sh}.
 */
public final class BackupTool {

    static final String FILE_NAME = "saldo-mongo.mv.db";

    public static void main(String[] args) {
        // Outside Spring Boot, Logback would print the embedded server's every connection at INFO.
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        }
        System.exit(run(System.out, args));
    }

    static int run(PrintStream out, String... args) {
        if (args.length < 2 || !(args[0].equals("export") || args[0].equals("import"))) {
            out.println("usage: BackupTool export|import ARCHIVE [--data-dir DIR | --uri URI] [--database NAME] [--replace]");
            return 2;
        }
        var archive = Path.of(args[1]);
        String dataDir = System.getenv().getOrDefault("SALDO_DATA_DIR", "data");
        String uri = null;
        String database = System.getenv().getOrDefault("MONGODB_DATABASE", "saldo");
        boolean replace = false;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = args[++i];
                case "--uri" -> uri = args[++i];
                case "--database" -> database = args[++i];
                case "--replace" -> replace = true;
                default -> {
                    out.println("unknown option " + args[i]);
                    return 2;
                }
            }
        }
        try {
            Map<String, Long> counts = uri != null
                    ? withUri(uri, database, args[0], archive, replace)
                    : withEmbedded(Path.of(dataDir), database, args[0], archive, replace);
            counts.forEach((collection, count) -> out.println(collection + ": " + count));
            out.println(args[0] + "ed " + counts.values().stream().mapToLong(Long::longValue).sum() + " documents "
                    + (args[0].equals("export") ? "to " : "from ") + archive.toAbsolutePath());
            return 0;
        } catch (IOException | RuntimeException e) {
            out.println(args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }

    private static Map<String, Long> withEmbedded(Path dataDir, String database, String command, Path archive,
            boolean replace) throws IOException {
        var file = dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
        if (command.equals("export") && !Files.exists(file)) {
            throw new IllegalArgumentException("No embedded database at " + file);
        }
        Files.createDirectories(file.getParent());
        var server = new MongoServer(new H2Backend(file.toString()));
        try {
            var address = server.bind();
            return withUri("mongodb://" + address.getHostString() + ":" + address.getPort(), database, command, archive,
                    replace);
        } finally {
            server.shutdown();
        }
    }

    private static Map<String, Long> withUri(String uri, String database, String command, Path archive, boolean replace)
            throws IOException {
        try (var client = MongoClients.create(uri)) {
            MongoDatabase db = client.getDatabase(database);
            if (command.equals("export")) {
                if (archive.getParent() != null) {
                    Files.createDirectories(archive.getParent());
                }
                try (var target = Files.newOutputStream(archive)) {
                    return DatabaseArchive.export(db, target);
                }
            }
            try (var source = Files.newInputStream(archive)) {
                return DatabaseArchive.restore(db, source, replace);
            }
        }
    }

    private BackupTool() {
    }
}
