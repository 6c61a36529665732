package dev.saldo.mobile.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every view's bundle exists in Spanish and English with the same keys, so no screen shows a missing text. */
class MessageBundlesSyncTest {

    @Test
    void the_home_screen_has_a_spanish_bundle() throws Exception {
        Path home = Path.of("dev/saldo/mobile/home/home_es.properties");

        assertThat(spanishBundles()).anyMatch(path -> path.endsWith(home));
    }

    @ParameterizedTest
    @MethodSource("spanishBundles")
    void spanish_and_english_bundles_have_the_same_keys(Path spanish) throws IOException {
        Properties english = load(sibling(spanish, "_en"));

        assertThat(english.stringPropertyNames()).isEqualTo(load(spanish).stringPropertyNames());
    }

    @ParameterizedTest
    @MethodSource("spanishBundles")
    void the_default_bundle_speaks_spanish(Path spanish) throws IOException {
        assertThat(load(sibling(spanish, ""))).isEqualTo(load(spanish));
    }

    @ParameterizedTest
    @MethodSource("spanishBundles")
    void no_text_is_blank(Path spanish) throws IOException {
        for (Properties bundle : List.of(load(spanish), load(sibling(spanish, "_en")))) {
            assertThat(bundle.stringPropertyNames())
                    .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
        }
    }

    static Stream<Path> spanishBundles() throws IOException, URISyntaxException {
        Path classes = Path.of(Messages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.getFileName().toString().endsWith("_es.properties")).toList().stream();
        }
    }

    private static Path sibling(Path spanish, String suffix) {
        String name = spanish.getFileName().toString().replace("_es.properties", suffix + ".properties");
        return spanish.resolveSibling(name);
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
