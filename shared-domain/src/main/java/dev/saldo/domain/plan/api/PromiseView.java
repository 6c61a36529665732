package dev.saldo.domain.plan.api;

import dev.saldo.domain.plan.PromiseStatus;
import java.time.Instant;
import java.time.LocalDate;

/** A promise to pay as stored. */
public record PromiseView(String id, PromiseStatus status, String currency, String amount, LocalDate date,
        Instant madeAt) {
}
