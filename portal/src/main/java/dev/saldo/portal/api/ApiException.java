package dev.saldo.portal.api;

import java.util.List;
import java.util.Map;

/**
 * What a controller throws to answer with a problem. Field errors map a field name to a message key.
 * "Not yours" and "does not exist" are the same {@link #notFound()}, on purpose.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final Map<String, String> fieldErrorKeys;

    public ApiException(ProblemType type) {
        this(type, Map.of());
    }

    private ApiException(ProblemType type, Map<String, String> fieldErrorKeys) {
        super(type.name());
        this.type = type;
        this.fieldErrorKeys = Map.copyOf(fieldErrorKeys);
    }

    public static ApiException notFound() {
        return new ApiException(ProblemType.NOT_FOUND);
    }

    /** The request is refused whole; each entry is a field and the message key saying what is wrong with it. */
    public static ApiException invalidFields(Map<String, String> fieldErrorKeys) {
        return new ApiException(ProblemType.INVALID_FIELDS, fieldErrorKeys);
    }

    public ProblemType type() {
        return type;
    }

    public Map<String, String> fieldErrorKeys() {
        return fieldErrorKeys;
    }

    List<String> fields() {
        return fieldErrorKeys.keySet().stream().sorted().toList();
    }
}
