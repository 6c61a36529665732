package dev.saldo.portal.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The figures the benchmark portal measures on itself, rewritten whole (via a temporary file and a move)
 * after every figure, so the harness never reads half a file and keeps what was measured if it gives up.
 */
@Component
@ConditionalOnProperty(prefix = "saldo.bench", name = "debtors")
class BenchReport {

    private final BenchSettings settings;
    private final Properties figures = new Properties();

    BenchReport(BenchSettings settings) {
        this.settings = settings;
    }

    synchronized void put(String key, String value) {
        figures.setProperty(key, value);
        var file = settings.report();
        if (file == null) {
            return;
        }
        try {
            var absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            var temporary = absolute.resolveSibling(absolute.getFileName() + ".tmp");
            try (var out = Files.newBufferedWriter(temporary)) {
                figures.store(out, "Saldo benchmark figures measured inside the portal");
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized String get(String key) {
        return figures.getProperty(key);
    }
}
