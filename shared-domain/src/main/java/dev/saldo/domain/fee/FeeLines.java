package dev.saldo.domain.fee;

import dev.saldo.domain.invoice.InvoiceLine;
import dev.saldo.domain.invoice.LineType;
import java.util.Optional;

/**
 * How fee, waiver and discount lines are described on an invoice: a short code with its arguments
 * separated by {@code |}, which screens translate for the debtor ({@code fee.line.<kind>}) and which
 * accrual reads back to know what it already added. Lines from elsewhere (imports) are free text.
 */
public final class FeeLines {

    public static final String FIXED = "fee.fixed";
    public static final String PERCENT = "fee.percent";
    public static final String INTEREST = "fee.interest";
    public static final String WAIVER = "fee.waiver";
    public static final String EARLY_DISCOUNT = "discount.early";
    private static final String SEPARATOR = "|";

    private FeeLines() {
    }

    /** A line's code and arguments, if it is one of ours. */
    public record Code(String kind, String[] args) {

        public String arg(int index) {
            return index < args.length ? args[index] : "";
        }
    }

    public static String describe(String kind, Object... args) {
        var text = new StringBuilder(kind);
        for (var arg : args) {
            text.append(SEPARATOR).append(arg);
        }
        return text.toString();
    }

    public static Optional<Code> parse(String description) {
        var parts = description.split("\\" + SEPARATOR, -1);
        var kind = parts[0];
        if (!kind.equals(FIXED) && !kind.equals(PERCENT) && !kind.equals(INTEREST) && !kind.equals(WAIVER)
                && !kind.equals(EARLY_DISCOUNT)) {
            return Optional.empty();
        }
        return Optional.of(new Code(kind, java.util.Arrays.copyOfRange(parts, 1, parts.length)));
    }

    public static boolean is(InvoiceLine line, LineType type, String kind) {
        return line.type() == type && parse(line.description()).map(c -> c.kind().equals(kind)).orElse(false);
    }
}
