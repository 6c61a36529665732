package dev.saldo.domain.plan.api;

import dev.saldo.domain.plan.Frequency;
import java.time.LocalDate;

/** The terms of a plan or counter-offer. Amounts are decimal strings in {@code currency}. */
public record TermsView(String currency, String total, String downPayment, int installments, Frequency frequency,
        LocalDate firstDate) {
}
