package dev.saldo.portal.invoice;

import java.util.function.UnaryOperator;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Reads, changes and writes one invoice under its version ({@code @Version}), retrying when someone
 * else changed it in between, so a change is always computed from what is really stored.
 */
@Component
class InvoiceUpdates {

    private static final int ATTEMPTS = 50;

    private final Invoices invoices;
    private final ApplicationEventPublisher events;

    InvoiceUpdates(Invoices invoices, ApplicationEventPublisher events) {
        this.invoices = invoices;
        this.events = events;
    }

    /** {@code change} returns null for "nothing to do"; answers whether something was written. */
    boolean update(DebtorId debtor, InvoiceId id, UnaryOperator<Invoice> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var record = invoices.findByIdAndDebtorId(id.value(), debtor.value())
                    .orElseThrow(() -> new IllegalArgumentException("No invoice " + id + " for debtor " + debtor));
            var changed = change.apply(record.toDomain());
            if (changed == null) {
                return false;
            }
            try {
                invoices.save(record.changedTo(changed));
                // The staff dashboard's running figures follow every change to an invoice.
                events.publishEvent(new InvoiceChanged(record.toDomain(), changed));
                return true;
            } catch (OptimisticLockingFailureException concurrentChange) {
                Thread.onSpinWait();
            }
        }
        throw new OptimisticLockingFailureException("Invoice " + id + " kept changing; gave up after " + ATTEMPTS + " tries");
    }
}
