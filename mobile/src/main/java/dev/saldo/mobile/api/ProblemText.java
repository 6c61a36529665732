package dev.saldo.mobile.api;

import dev.saldo.mobile.i18n.Messages;
import java.util.ArrayList;
import tools.jackson.databind.JsonNode;

/**
 * Turns an error answer into one readable sentence. The portal already words problem details in the
 * language we ask for ({@code Accept-Language}); field errors and policy reasons are added as lines.
 * Answers that are not problem details get our own sentence for their status.
 */
public final class ProblemText {

    static final String BUNDLE = "dev.saldo.mobile.api.errors";

    private final Messages messages;

    public ProblemText(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    public ApiException toException(int status, String contentType, String body) {
        ApiException.Kind kind = switch (status) {
            case 401 -> ApiException.Kind.SIGNED_OUT;
            case 404 -> ApiException.Kind.NOT_FOUND;
            case 400, 409, 422, 429 -> ApiException.Kind.REFUSED;
            default -> status >= 500 ? ApiException.Kind.UNEXPECTED : ApiException.Kind.REFUSED;
        };
        String text = contentType != null && contentType.contains("json") ? fromProblem(body) : null;
        if (text == null || text.isBlank() || status == 401) {
            text = messages.get(switch (kind) {
                case SIGNED_OUT -> "error.signed-out";
                case NOT_FOUND -> "error.not-found";
                case UNEXPECTED -> "error.server";
                default -> "error.refused";
            });
        }
        return new ApiException(kind, status, text);
    }

    public ApiException offline() {
        return new ApiException(ApiException.Kind.OFFLINE, 0, messages.get("error.offline"));
    }

    private static String fromProblem(String body) {
        try {
            JsonNode problem = Json.MAPPER.readTree(body);
            var lines = new ArrayList<String>();
            String detail = text(problem, "detail");
            lines.add(detail != null ? detail : text(problem, "title"));
            for (JsonNode error : problem.path("errors")) {
                lines.add(text(error, "message"));
            }
            for (JsonNode reason : problem.path("reasons")) {
                lines.add(text(reason, "message"));
            }
            return String.join("\n", lines.stream().filter(line -> line != null && !line.isBlank()).distinct().toList());
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
