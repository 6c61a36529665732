package dev.saldo.portal;

import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Gives a test's Spring context its own embedded database file under target/it-data, named after the
 * test and the JVM, so test runs never share or inherit data. The folder outlives each test class
 * on purpose: Spring caches the context (and its embedded server) across classes.
 */
public final class EmbeddedTestDatabase {

    private EmbeddedTestDatabase() {
    }

    public static void register(DynamicPropertyRegistry registry, String name) {
        var dir = Path.of("target", "it-data", name + "-" + ProcessHandle.current().pid());
        registry.add("saldo.database.data-dir", dir::toString);
    }
}
