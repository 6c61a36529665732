package dev.saldo.portal.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Reads the repository's deployment files: the portal module's tests run from {@code portal/}. */
final class DeploymentFiles {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    static String read(String relative) {
        try {
            return Files.readString(ROOT.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every YAML document in the file (Kubernetes files may hold several). */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> yaml(String relative) {
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMergeOnCompose(true);
        var documents = new ArrayList<Map<String, Object>>();
        for (Object document : new Yaml(options).loadAll(read(relative))) {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String... path) {
        Object current = node;
        for (var key : path) {
            current = ((Map<String, Object>) current).get(key);
            if (current == null) {
                throw new AssertionError("missing " + String.join(".", path) + " (at " + key + ")");
            }
        }
        return (Map<String, Object>) current;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object node, String key) {
        var value = ((Map<String, Object>) node).get(key);
        if (value == null) {
            throw new AssertionError("missing " + key);
        }
        return (List<Map<String, Object>>) value;
    }

    private DeploymentFiles() {
    }
}
