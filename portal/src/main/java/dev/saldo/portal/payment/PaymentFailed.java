package dev.saldo.portal.payment;

import java.util.Currency;

import dev.saldo.domain.debtor.DebtorId;

/** Published once when an attempt fails: the provider declined it, or it could not be started. */
public record PaymentFailed(String paymentId, DebtorId debtor, Currency currency, FailureReason reason) {
}
