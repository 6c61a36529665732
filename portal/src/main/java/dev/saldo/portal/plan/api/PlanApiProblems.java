package dev.saldo.portal.plan.api;

import java.net.URI;
import java.util.Locale;

import dev.saldo.domain.plan.IllegalTransitionException;
import dev.saldo.portal.plan.DecisionConflictException;
import dev.saldo.portal.plan.PlanNotFoundException;
import dev.saldo.portal.plan.PlanRefusedException;
import dev.saldo.portal.plan.ReasonText;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals as RFC 9457 problem details: a policy refusal is 422 carrying each reason's code and
 * sentence and the nearest allowed alternative; someone else's or a missing plan is 404; a decision
 * that lost a race, or a move the plan's state does not allow, is 409.
 */
@Order(Ordered.HIGHEST_PRECEDENCE) // before the API-wide handler, whose catch-all would answer 500
@RestControllerAdvice(assignableTypes = {MyPlansController.class, MyPromisesController.class,
        StaffProposalsController.class})
class PlanApiProblems {

    private static final String TYPES = "https://saldo.dev/problems/";

    private final ApiShapes shapes;
    private final ReasonText text;

    PlanApiProblems(ApiShapes shapes, ReasonText text) {
        this.shapes = shapes;
        this.text = text;
    }

    @ExceptionHandler(PlanRefusedException.class)
    ProblemDetail refused(PlanRefusedException e, Locale locale) {
        var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "plan-refused",
                text.message("plan.outcome.not-allowed", locale));
        var reasons = shapes.reasons(e.reasons(), locale);
        problem.setDetail(String.join(" ", reasons.stream().map(r -> r.message()).toList()));
        problem.setProperty("reasons", reasons);
        e.alternative().ifPresent(alt -> problem.setProperty("alternative", ApiShapes.terms(alt)));
        return problem;
    }

    @ExceptionHandler(PlanNotFoundException.class)
    ProblemDetail notFound(PlanNotFoundException e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "not-found", text.message("plan.error.not-found", locale));
    }

    @ExceptionHandler(DecisionConflictException.class)
    ProblemDetail conflict(DecisionConflictException e, Locale locale) {
        var problem = problem(HttpStatus.CONFLICT, "decision-conflict", text.message("review.conflict", locale,
                e.decidedBy().orElse(text.message("review.conflict.someone", locale))));
        e.decidedBy().ifPresent(by -> problem.setProperty("decidedBy", by));
        return problem;
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail state(IllegalTransitionException e, Locale locale) {
        var problem = problem(HttpStatus.CONFLICT, "plan-state", text.message("plan.error.state", locale));
        problem.setDetail(e.getMessage());
        problem.setProperty("currentState", e.current());
        return problem;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, NumberFormatException.class, IllegalArgumentException.class})
    ProblemDetail unreadable(Exception e, Locale locale) {
        var problem = problem(HttpStatus.BAD_REQUEST, "bad-request", HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.setDetail(e instanceof HttpMessageNotReadableException ? "The request body is not valid JSON for this endpoint"
                : e.getMessage());
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", HttpStatus.FORBIDDEN.getReasonPhrase());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title) {
        var problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }
}
