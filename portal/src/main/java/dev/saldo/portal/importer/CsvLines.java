package dev.saldo.portal.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a CSV file one line at a time from a stream: bytes are decoded per line, strictly as UTF-8, so
 * a line in another encoding is rejected on its own instead of spoiling the file; fields follow RFC 4180
 * quoting within a line. Nothing but the current line is held in memory.
 */
final class CsvLines {

    /** One line: its number and its fields, or why it could not be read. */
    record Line(long number, List<String> fields, String problem) {
    }

    private final InputStream in;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
    private long number;
    private long bytesRead;

    CsvLines(InputStream in) {
        this.in = in;
    }

    long bytesRead() {
        return bytesRead;
    }

    /** The next non-blank line, or empty at the end of the file. */
    Optional<Line> next() throws IOException {
        while (true) {
            buffer.reset();
            int b;
            boolean any = false;
            while ((b = in.read()) != -1) {
                bytesRead++;
                any = true;
                if (b == '\n') {
                    break;
                }
                buffer.write(b);
            }
            if (!any) {
                return Optional.empty();
            }
            number++;
            var bytes = buffer.toByteArray();
            var length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            var offset = number == 1 && length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, offset, length - offset)).toString();
            } catch (CharacterCodingException e) {
                return Optional.of(new Line(number, List.of(), "encoding"));
            }
            if (text.isBlank()) {
                continue;
            }
            var fields = split(text);
            return Optional.of(fields == null ? new Line(number, List.of(), "quote") : new Line(number, fields, null));
        }
    }

    /** RFC 4180 fields of one line; null if a quoted field is not closed. */
    static List<String> split(String line) {
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString().strip());
        return fields;
    }

    /** A field as CSV writes it: quoted when it holds a comma, quote or line break. */
    static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
