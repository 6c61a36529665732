package dev.saldo.domain.plan.api;

import java.time.LocalDate;

/** A promise to pay {@code amount} (decimal string in the debtor's currency) by {@code date}. */
public record PromiseRequest(String amount, String currency, LocalDate date) {
}
