package dev.saldo.portal.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;

/**
 * The portal's embedded database as a process of its own, for a portal (or several) started with
 * {@code MONGODB_URI=mongodb://127.0.0.1:PORT}: the same server, file format and fixes as the embedded
 * default. The benchmark runs it so that the portal's heap holds only the portal.
 *
 * <pre>
 * java -cp saldo-portal.jar -Dloader.main=dev.saldo.portal.database.StandaloneDatabase \
 *      org.springframework.boot.loader.launch.PropertiesLauncher FILE PORT
 * </pre>
 *
 * It listens on loopback only, and runs until it is stopped (SIGTERM shuts it down cleanly).
 */
public final class StandaloneDatabase {

    private StandaloneDatabase() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !args[1].matches("\\d{1,5}")) {
            System.err.println("Usage: StandaloneDatabase FILE PORT (for example data/saldo.mv.db 27017)");
            System.exit(2);
        }
        var file = Path.of(args[0]).toAbsolutePath();
        var server = start(file, Integer.parseInt(args[1]));
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            stopped.countDown();
        }, "database-shutdown"));
        System.out.println("Database ready on mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + " persisted in " + file);
        stopped.await();
    }

    /** Opens (or creates) the file and listens on the loopback port; 0 picks a free one. */
    static MongoServer start(Path file, int port) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        var server = new MongoServer(new DurableH2Backend(file.toString()));
        server.bind("127.0.0.1", port);
        return server;
    }
}
