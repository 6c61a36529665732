package dev.saldo.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The application can add to the audit log and read it, and nothing else. */
class AuditLogIsAppendOnlyTest {

    private static final Pattern WRITE = Pattern.compile(
            "\\.(save|saveAll|remove|delete\\w*|update\\w*|upsert|findAndModify|findAndReplace|findAllAndRemove|bulkOps)\\(");

    @Test
    void the_audit_log_service_offers_only_record_and_read() {
        var methods = Arrays.stream(AuditLog.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(java.lang.reflect.Method::getName).distinct().toList();
        assertThat(methods).containsExactlyInAnyOrder("record", "page");
        assertThat(AuditEntry.class.isRecord()).as("entries are immutable values").isTrue();
    }

    @Test
    void no_source_that_touches_audit_entries_updates_or_deletes_anything() throws IOException {
        var offences = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var source = Files.readString(file);
                if (source.contains("AuditEntry") && WRITE.matcher(source).find()) {
                    offences.add(file.toString());
                }
            }
        }
        assertThat(offences).isEmpty();
        assertThat(WRITE.matcher("mongo.remove(query, AuditEntry.class)").find()).as("the check catches a delete").isTrue();
    }
}
