package dev.saldo.portal.payment;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.money.Money;

/** Published once when a payment has been applied to the debtor's invoices. */
public record PaymentSucceeded(String paymentId, DebtorId debtor, Money amount, Money credit) {
}
