package dev.saldo.domain.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the phone sends to start a payment: the invoices to pay (none means the whole balance in
 * {@code currency}) and the amount (none means everything they owe).
 */
public record PaymentRequest(List<String> invoiceIds, BigDecimal amount, String currency) {

    public PaymentRequest {
        invoiceIds = invoiceIds == null ? List.of() : List.copyOf(invoiceIds);
    }
}
