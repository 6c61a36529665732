package dev.saldo.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every text exists in Spanish and in English, and survives MessageFormat intact. */
class MessageBundlesTest {

    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    @Test
    void spanish_and_english_bundles_have_the_same_keys() throws IOException {
        var spanish = load("/messages.properties");
        var english = load("/messages_en.properties");
        assertThat(spanish).isNotEmpty();
        assertThat(english.keySet()).as("keys in English but not Spanish, or the reverse")
                .containsExactlyInAnyOrderElementsOf(spanish.keySet());
    }

    @Test
    void no_translation_is_blank() throws IOException {
        for (var bundle : new String[] {"/messages.properties", "/messages_en.properties"}) {
            load(bundle).forEach((key, value) -> assertThat(value.toString()).as(bundle + " " + key).isNotBlank());
        }
    }

    @Test
    void single_quotes_are_doubled_so_message_format_keeps_them() throws IOException {
        for (var bundle : new String[] {"/messages.properties", "/messages_en.properties"}) {
            load(bundle).forEach((key, value) -> assertThat(LONE_QUOTE.matcher(value.toString()).find())
                    .as(bundle + " " + key + " has a lone ' that MessageFormat would swallow").isFalse());
        }
    }

    static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
