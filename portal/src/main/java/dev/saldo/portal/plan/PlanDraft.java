package dev.saldo.portal.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.plan.Frequency;

/**
 * What a debtor typed, before anything is checked: any field may be missing or absurd. The down
 * payment is in the invoices' currency. No invoice list (null) means all overdue ones; an empty list
 * means none, which is refused.
 */
public record PlanDraft(List<InvoiceId> invoices, BigDecimal downPayment, Integer installments, Frequency frequency,
        LocalDate firstDate) {

    public PlanDraft {
        invoices = invoices == null ? null : List.copyOf(invoices);
    }
}
