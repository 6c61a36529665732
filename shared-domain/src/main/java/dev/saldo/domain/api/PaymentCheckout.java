package dev.saldo.domain.api;

import java.math.BigDecimal;
import java.util.List;

/** The answer to a payment request: where to pay, and how the amount will be spread. */
public record PaymentCheckout(String paymentId, String checkoutUrl, String currency, BigDecimal amount,
        List<AllocationLine> allocations) {
}
