package dev.saldo.portal.api;

import java.net.URI;

/**
 * The kinds of errors the API answers with. The {@code type} URI is stable: clients branch on it,
 * never on the (translated) title. Titles and details live in the bundles under {@code problem.<slug>.*}.
 */
public enum ProblemType {
    UNAUTHORIZED(401, "unauthorized"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    BAD_REQUEST(400, "bad-request"),
    INVALID_FIELDS(400, "invalid-fields"),
    CONFLICT(409, "conflict"),
    REFUSED(422, "refused"),
    TOO_MANY_REQUESTS(429, "too-many-requests"),
    UNAVAILABLE(503, "unavailable"),
    SERVER_ERROR(500, "server-error");

    public static final String BASE = "https://saldo.example/problems/";

    private final int status;
    private final String slug;

    ProblemType(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    /** The first, most generic type answering with this status; {@link #SERVER_ERROR} for unknown ones. */
    static ProblemType forStatus(int status) {
        for (var type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status < 500 ? BAD_REQUEST : SERVER_ERROR;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    String titleKey() {
        return "problem." + slug + ".title";
    }

    String detailKey() {
        return "problem." + slug + ".detail";
    }
}
