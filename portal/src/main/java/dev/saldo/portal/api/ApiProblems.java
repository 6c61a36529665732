package dev.saldo.portal.api;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.saldo.domain.api.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds problem details in the request's language (from {@code Accept-Language}; Spanish unless
 * English is asked for), for controllers and for security filters that answer before any controller.
 */
@Component
public class ApiProblems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final MessageSource messages;
    private final JsonMapper json;

    ApiProblems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public ProblemDetail of(ProblemType type, HttpServletRequest request) {
        return of(type, Map.of(), request);
    }

    /**
     * A problem one feature names for itself: its {@code type} is {@link ProblemType#BASE} plus
     * {@code slug} (stable, for code), its detail a sentence already in the caller's language. The
     * title is {@code problem.<slug>.title} when the bundles have one, else the generic title of the
     * status. Add feature-specific properties (reasons, limits) to the returned object.
     */
    public ProblemDetail of(int status, String slug, String detail, HttpServletRequest request) {
        var locale = request.getLocale();
        var problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(ProblemType.BASE + slug));
        var generic = ProblemType.forStatus(status);
        problem.setTitle(messages.getMessage("problem." + slug + ".title", null,
                message(generic.titleKey(), locale), locale));
        problem.setDetail(detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    /** The generic detail sentence of a {@link ProblemType}, in the caller's language. */
    public String detail(ProblemType type, HttpServletRequest request) {
        return message(type.detailKey(), request.getLocale());
    }

    ProblemDetail of(ProblemType type, Map<String, String> fieldErrorKeys, HttpServletRequest request) {
        var locale = request.getLocale();
        var problem = ProblemDetail.forStatus(type.status());
        problem.setType(type.uri());
        problem.setTitle(message(type.titleKey(), locale));
        problem.setDetail(message(type.detailKey(), locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        if (!fieldErrorKeys.isEmpty()) {
            List<Problem.FieldError> errors = fieldErrorKeys.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> new Problem.FieldError(e.getKey(), message(e.getValue(), locale)))
                    .toList();
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /** Writes a problem straight to the response, for filters and entry points outside Spring MVC. */
    public void write(ProblemType type, HttpServletRequest request, HttpServletResponse response) throws IOException {
        var problem = of(type, request);
        var body = new LinkedHashMap<String, Object>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance().toString());
        response.setStatus(type.status());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", Locale.forLanguageTag(locale(request)).toLanguageTag());
        json.writeValue(response.getOutputStream(), body);
    }

    private static String locale(HttpServletRequest request) {
        return "en".equals(request.getLocale().getLanguage()) ? "en" : "es";
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
