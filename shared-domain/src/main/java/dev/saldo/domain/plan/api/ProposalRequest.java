package dev.saldo.domain.plan.api;

import dev.saldo.domain.plan.Frequency;
import java.time.LocalDate;
import java.util.List;

/**
 * A debtor's proposal: the invoices it covers (empty means all overdue ones), a down payment as a
 * decimal string in their currency ("0" for none), and the installments.
 */
public record ProposalRequest(List<String> invoiceIds, String downPayment, int installments, Frequency frequency,
        LocalDate firstDate) {
}
