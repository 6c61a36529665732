package dev.saldo.portal.plan;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.money.Money;

/**
 * The port through which a debtor pays a plan's down payment or an installment: the payment
 * capability implements it by starting its usual checkout for {@code amount}, allocated to the plan's
 * invoices, and reports success back through {@link PlanLifecycle#installmentPaid}. Until it is wired,
 * {@link #start} answers empty and the screens say online payment is not available yet.
 */
public interface InstallmentPayments {

    /**
     * Starts paying one payment of a plan.
     *
     * @param idempotencyKey the same key for a retry of the same attempt (plan id, installment number and
     *                       paid-so-far), so that a double click never charges twice
     * @return where to send the debtor to pay (a checkout page), or empty if online payment is unavailable
     */
    Optional<URI> start(DebtorId debtor, String planId, int installmentNumber, Money amount, List<InvoiceId> invoices,
            String idempotencyKey);
}
