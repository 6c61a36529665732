package dev.saldo.portal.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Any {@code /api/...} request no controller answers gets a problem-details answer rather than the
 * portal's HTML "page not found" (the Vaadin servlet would otherwise take it): 405 if the address
 * exists with other methods, 404 if it does not exist at all.
 */
@Hidden
@RestController
class UnknownApiPath {

    static final String PATTERN = "/api/**";

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    UnknownApiPath(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @RequestMapping(PATTERN)
    void unknown(HttpServletRequest request) {
        var exists = mappings.getObject().getHandlerMethods().keySet().stream()
                .filter(info -> info.getPathPatternsCondition() != null)
                .filter(info -> !info.getPathPatternsCondition().getPatternValues().contains(PATTERN))
                .anyMatch(info -> info.getPathPatternsCondition().getMatchingCondition(request) != null);
        throw new ApiException(exists ? ProblemType.METHOD_NOT_ALLOWED : ProblemType.NOT_FOUND);
    }
}
