package dev.saldo.portal.importer;

import java.util.List;

/**
 * A row that was not imported and why: {@code code} names the message {@code import.error.<code>},
 * whose first argument is always the line number.
 */
public record Rejection(long line, String code, List<String> arguments) {

    static Rejection of(long line, String code, Object... details) {
        var args = new java.util.ArrayList<String>();
        args.add(Long.toString(line));
        for (var detail : details) {
            args.add(String.valueOf(detail));
        }
        return new Rejection(line, code, List.copyOf(args));
    }

    public String messageKey() {
        return "import.error." + code;
    }

    /** Arguments for {@code getTranslation(messageKey(), ...)}. */
    public Object[] messageArguments() {
        return arguments.toArray();
    }
}
