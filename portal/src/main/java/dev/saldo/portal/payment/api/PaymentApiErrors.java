package dev.saldo.portal.payment.api;

import java.util.Locale;

import dev.saldo.domain.money.MoneyFormat;
import dev.saldo.domain.payment.PaymentRejectedException;
import dev.saldo.domain.payment.PaymentRejection;
import dev.saldo.portal.api.ApiProblems;
import dev.saldo.portal.api.ProblemType;
import dev.saldo.portal.payment.PaymentUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details (RFC 9457) for the payments API, built like every other API problem: a stable
 * {@code type} ending in the refusal's slug ({@code …/problems/below-minimum}) for the app, and a
 * {@code detail} sentence in the caller's language it can show as is.
 */
@RestControllerAdvice(assignableTypes = PaymentApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before the API-wide handler, whose catch-all would answer 500
class PaymentApiErrors {

    private final ApiProblems problems;
    private final MessageSource messages;

    PaymentApiErrors(ApiProblems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(PaymentRejectedException.class)
    ProblemDetail rejected(PaymentRejectedException e, HttpServletRequest request) {
        Locale locale = request.getLocale();
        var limit = e.limit() == null ? "" : MoneyFormat.format(e.limit(), locale);
        var status = e.reason() == PaymentRejection.UNKNOWN_INVOICE ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_CONTENT;
        return problems.of(status.value(), e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                messages.getMessage(e.reason().messageKey(), new Object[] {limit}, locale), request);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, IllegalArgumentException.class})
    ProblemDetail unreadable(HttpServletRequest request) {
        return problems.of(ProblemType.BAD_REQUEST, request);
    }

    @ExceptionHandler(PaymentUnavailableException.class)
    ProblemDetail unavailable(HttpServletRequest request) {
        return problems.of(HttpStatus.SERVICE_UNAVAILABLE.value(), "gateway-unavailable",
                messages.getMessage("pay.unavailable", null, request.getLocale()), request);
    }
}
