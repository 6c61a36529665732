package dev.saldo.domain.plan.api;

import dev.saldo.domain.plan.Frequency;
import java.time.LocalDate;

/** Staff's other terms for the same debt, checked by the same collection policy. */
public record CounterOfferRequest(String downPayment, int installments, Frequency frequency, LocalDate firstDate,
        String note) {
}
