package dev.saldo.portal.plan;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.money.Money;
import dev.saldo.portal.payment.PaymentOrder;
import dev.saldo.portal.payment.PaymentService;
import dev.saldo.portal.payment.PaymentSucceeded;
import dev.saldo.portal.payment.PaymentUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Pays a plan's down payment or installment through the payment capability's usual checkout
 * (Stripe or the sandbox), allocated to the plan's invoices, and credits the plan when that payment
 * succeeds; any successful payment also counts towards a promise to pay. The payment capability
 * knows nothing of plans: the link lives here.
 */
@Component
class CheckoutInstallmentPayments implements InstallmentPayments {

    private static final Logger log = LoggerFactory.getLogger(CheckoutInstallmentPayments.class);

    private final PaymentService payments;
    private final PlanPaymentLinks links;
    private final PlanLifecycle lifecycle;

    CheckoutInstallmentPayments(PaymentService payments, PlanPaymentLinks links, PlanLifecycle lifecycle) {
        this.payments = payments;
        this.links = links;
        this.lifecycle = lifecycle;
    }

    @Override
    public Optional<URI> start(DebtorId debtor, String planId, int installmentNumber, Money amount,
            List<InvoiceId> invoices, String idempotencyKey) {
        try {
            var payment = payments.start(debtor, new PaymentOrder(amount.currency(), invoices, amount),
                    LocaleContextHolder.getLocale());
            links.save(new PlanPaymentLink(payment.id(), planId, installmentNumber));
            return Optional.ofNullable(payment.checkoutUrl()).map(URI::create);
        } catch (PaymentUnavailableException e) {
            return Optional.empty();
        }
    }

    /** Every payment counts towards a pending promise; one started for an installment also pays it. */
    @EventListener
    void on(PaymentSucceeded paid) {
        try {
            lifecycle.paymentReceived(paid.debtor(), paid.amount());
        } catch (RuntimeException e) {
            log.warn("Payment {} succeeded but could not be counted towards a promise", paid.paymentId(), e);
        }
        links.findById(paid.paymentId()).ifPresent(link -> {
            try {
                lifecycle.installmentPaid(link.planId(), link.installmentNumber(), paid.amount(), paid.paymentId());
            } catch (RuntimeException e) {
                // The money is already on the invoices; the plan's daily check sees them paid.
                log.warn("Payment {} succeeded but plan {} could not record installment {}", paid.paymentId(),
                        link.planId(), link.installmentNumber(), e);
            }
        });
    }
}
