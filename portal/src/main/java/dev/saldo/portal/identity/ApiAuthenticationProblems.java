package dev.saldo.portal.identity;

import java.io.IOException;

import dev.saldo.portal.api.ApiProblems;
import dev.saldo.portal.api.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 on the API as problem details, with the challenge the client needs to try again. */
record ApiAuthenticationProblems(ApiProblems problems, String challenge) implements AuthenticationEntryPoint,
        AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        org.slf4j.LoggerFactory.getLogger(ApiAuthenticationProblems.class)
                .debug("401 for {}: {}", request.getRequestURI(), e.getMessage());
        response.setHeader("WWW-Authenticate", challenge);
        problems.write(ProblemType.UNAUTHORIZED, request, response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        problems.write(ProblemType.FORBIDDEN, request, response);
    }
}
