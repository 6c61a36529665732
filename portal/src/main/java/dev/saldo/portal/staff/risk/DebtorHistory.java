package dev.saldo.portal.staff.risk;

import java.util.List;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.portal.plan.ArrangementOutcome;

/**
 * Everything Saldo knows about how a debtor pays: their invoices with every payment's date, and how their
 * promises and plans ended. {@code ignoredContacts} is how many reminders went unanswered, or null when
 * nothing records contact attempts.
 */
public record DebtorHistory(DebtorId debtor, List<Invoice> invoices, List<ArrangementOutcome> arrangements,
        Integer ignoredContacts) {

    public DebtorHistory {
        invoices = List.copyOf(invoices);
        arrangements = List.copyOf(arrangements);
    }
}
