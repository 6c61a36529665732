package dev.saldo.domain.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Why the policy said what it said, as a message key and its arguments so each screen and the phone
 * word it in the debtor's language. Arguments are {@code Money}, {@code LocalDate}, numbers or text.
 */
public record Reason(String key, List<Object> args) {

    public Reason {
        requireNonNull(key, "reason key must not be null");
        args = List.copyOf(requireNonNull(args, "reason arguments must not be null"));
    }

    public static Reason of(String key, Object... args) {
        return new Reason(key, List.of(args));
    }
}
