package dev.saldo.portal.payment.api;

import java.util.Locale;

import dev.saldo.domain.money.MoneyFormat;
import dev.saldo.domain.payment.PaymentRejectedException;
import dev.saldo.portal.payment.PaymentUnavailableException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details (RFC 9457) for the payments API: a stable {@code code} for the app, and a
 * {@code detail} sentence in the caller's language it can show as is.
 */
@RestControllerAdvice(assignableTypes = PaymentApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before the API-wide handler, whose catch-all would answer 500
class PaymentApiErrors {

    private final MessageSource messages;

    PaymentApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PaymentRejectedException.class)
    ProblemDetail rejected(PaymentRejectedException e, Locale locale) {
        var limit = e.limit() == null ? "" : MoneyFormat.format(e.limit(), locale);
        var status = e.reason() == dev.saldo.domain.payment.PaymentRejection.UNKNOWN_INVOICE
                ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_CONTENT;
        return problem(status, e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                messages.getMessage(e.reason().messageKey(), new Object[] {limit}, locale));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, IllegalArgumentException.class})
    ProblemDetail unreadable(Exception e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "malformed-request", messages.getMessage("api.error.malformed", null, locale));
    }

    @ExceptionHandler(PaymentUnavailableException.class)
    ProblemDetail unavailable(PaymentUnavailableException e, Locale locale) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "gateway-unavailable", messages.getMessage("pay.unavailable", null, locale));
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return problem;
    }
}
