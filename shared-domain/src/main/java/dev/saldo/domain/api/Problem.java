package dev.saldo.domain.api;

import java.util.List;

/**
 * An RFC 9457 problem details answer as the API writes it. {@code type} is stable and meant for
 * code; {@code title} and {@code detail} are in the request's language and meant for people.
 * {@code errors} lists invalid fields (empty otherwise).
 */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** One invalid field of a request body or parameter, with a message for people. */
    public record FieldError(String field, String message) {
    }
}
