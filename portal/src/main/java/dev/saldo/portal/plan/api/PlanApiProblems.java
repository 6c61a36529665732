package dev.saldo.portal.plan.api;

import dev.saldo.domain.plan.IllegalTransitionException;
import dev.saldo.portal.api.ApiProblems;
import dev.saldo.portal.api.ProblemType;
import dev.saldo.portal.plan.DecisionConflictException;
import dev.saldo.portal.plan.PlanNotFoundException;
import dev.saldo.portal.plan.PlanRefusedException;
import dev.saldo.portal.plan.ReasonText;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals as RFC 9457 problem details, built like every other API problem: a policy refusal is 422
 * ({@code …/problems/plan-refused}) carrying each reason's code and sentence and the nearest allowed
 * alternative; someone else's or a missing plan is the API's usual 404; a decision that lost a race,
 * or a move the plan's state does not allow, is 409.
 */
@Order(Ordered.HIGHEST_PRECEDENCE) // before the API-wide handler, whose catch-all would answer 500
@RestControllerAdvice(assignableTypes = {MyPlansController.class, MyPromisesController.class,
        StaffProposalsController.class})
class PlanApiProblems {

    private final ApiProblems problems;
    private final ApiShapes shapes;
    private final ReasonText text;

    PlanApiProblems(ApiProblems problems, ApiShapes shapes, ReasonText text) {
        this.problems = problems;
        this.shapes = shapes;
        this.text = text;
    }

    @ExceptionHandler(PlanRefusedException.class)
    ProblemDetail refused(PlanRefusedException e, HttpServletRequest request) {
        var locale = request.getLocale();
        var reasons = shapes.reasons(e.reasons(), locale);
        var detail = reasons.isEmpty() ? text.message("plan.outcome.not-allowed", locale)
                : String.join(" ", reasons.stream().map(r -> r.message()).toList());
        var problem = problems.of(HttpStatus.UNPROCESSABLE_CONTENT.value(), "plan-refused", detail, request);
        problem.setTitle(text.message("plan.outcome.not-allowed", locale));
        problem.setProperty("reasons", reasons);
        e.alternative().ifPresent(alt -> problem.setProperty("alternative", ApiShapes.terms(alt)));
        return problem;
    }

    @ExceptionHandler(PlanNotFoundException.class)
    ProblemDetail notFound(HttpServletRequest request) {
        return problems.of(ProblemType.NOT_FOUND, request);
    }

    @ExceptionHandler(DecisionConflictException.class)
    ProblemDetail conflict(DecisionConflictException e, HttpServletRequest request) {
        var locale = request.getLocale();
        var problem = problems.of(HttpStatus.CONFLICT.value(), "decision-conflict", text.message("review.conflict", locale,
                e.decidedBy().orElse(text.message("review.conflict.someone", locale))), request);
        e.decidedBy().ifPresent(by -> problem.setProperty("decidedBy", by));
        return problem;
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail state(IllegalTransitionException e, HttpServletRequest request) {
        var problem = problems.of(HttpStatus.CONFLICT.value(), "plan-state",
                text.message("plan.error.state", request.getLocale()), request);
        problem.setProperty("currentState", e.current());
        return problem;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, NumberFormatException.class, IllegalArgumentException.class})
    ProblemDetail unreadable(HttpServletRequest request) {
        return problems.of(ProblemType.BAD_REQUEST, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(HttpServletRequest request) {
        return problems.of(ProblemType.FORBIDDEN, request);
    }
}
