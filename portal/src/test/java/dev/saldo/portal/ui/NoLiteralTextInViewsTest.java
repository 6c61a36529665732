package dev.saldo.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Screens take every word from the message bundles. This reads the source of every class that
 * builds Vaadin components and fails on a string literal that looks like text for people: anything
 * with an upper-case letter, a space or a non-ASCII letter, unless it is a message key, a CSS value
 * or a route. Annotations and log calls are not screens and are skipped.
 */
class NoLiteralTextInViewsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern MESSAGE_KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");
    private static final Pattern TECHNICAL = Pattern.compile("[a-z0-9_./:#$@{}()%-]*|[a-z][a-zA-Z0-9]*");
    private static final Pattern LOOKS_LIKE_TEXT = Pattern.compile(".*([A-Z]|\\s|[^\\x00-\\x7F]).*");

    @Test
    void views_contain_no_literal_user_facing_text() throws IOException {
        var offences = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var source = Files.readString(file);
                if (source.contains("import com.vaadin.flow.component.")) {
                    offences.addAll(literalTextIn(file, source));
                }
            }
        }
        assertThat(offences).as("literal text in views; move it to messages*.properties").isEmpty();
    }

    @Test
    void the_check_catches_a_literal_label() {
        var source = "import com.vaadin.flow.component.html.Span;\nclass X { Span s = new Span(\"Total adeudado\"); }";
        assertThat(literalTextIn(Path.of("X.java"), source)).hasSize(1);
        var keyed = "import com.vaadin.flow.component.html.Span;\nclass X { Span s = new Span(getTranslation(\"balance.total\")); }";
        assertThat(literalTextIn(Path.of("X.java"), keyed)).isEmpty();
    }

    static List<String> literalTextIn(Path file, String source) {
        var offences = new ArrayList<String>();
        var lines = source.split("\n");
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i].strip();
            if (line.startsWith("@") || line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")
                    || line.startsWith("import ") || line.startsWith("package ") || line.contains("log.")
                    || line.contains("executeJs(")) {
                continue;
            }
            var matcher = LITERAL.matcher(line);
            while (matcher.find()) {
                var text = matcher.group(1);
                if (MESSAGE_KEY.matcher(text).matches() || TECHNICAL.matcher(text).matches()) {
                    continue;
                }
                if (LOOKS_LIKE_TEXT.matcher(text).matches() && !isCssValue(text)) {
                    offences.add(file + ":" + (i + 1) + " \"" + text + "\"");
                }
            }
        }
        return offences;
    }

    private static boolean isCssValue(String text) {
        return text.startsWith("var(--") || text.matches("[0-9.]+(px|rem|em|%)( [0-9.]+(px|rem|em|%))*");
    }
}
