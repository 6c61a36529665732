package dev.saldo.portal;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Gives each test Spring context its own embedded database file under target/it-data, named after the
 * test, the JVM and the context, so runs never share or inherit data and two contexts never fight over
 * one H2 file lock. The folder outlives each test class on purpose: Spring caches the context (and its
 * embedded server) across classes.
 */
public final class EmbeddedTestDatabase {

    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    private EmbeddedTestDatabase() {
    }

    public static void register(DynamicPropertyRegistry registry, String name) {
        var dir = Path.of("target", "it-data",
                name + "-" + ProcessHandle.current().pid() + "-" + CONTEXTS.incrementAndGet());
        registry.add("saldo.database.data-dir", dir::toString);
    }
}
