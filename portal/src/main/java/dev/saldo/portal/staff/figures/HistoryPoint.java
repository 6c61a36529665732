package dev.saldo.portal.staff.figures;

import java.time.LocalDate;

import dev.saldo.domain.money.Money;

/** Receivable and overdue at the start of a day, for the overdue-over-time chart. */
@org.springframework.modulith.NamedInterface("figures")
public record HistoryPoint(LocalDate date, Money receivable, Money overdue) {
}
