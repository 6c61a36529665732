package dev.saldo.portal.staff.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import dev.saldo.domain.invoice.Allocation;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.portal.plan.ArrangementOutcome;

/**
 * How many reminders a debtor has let pass: the dunning reminders that reached them after the last day
 * they answered one, by paying something or by making a promise or a plan.
 */
final class IgnoredReminders {

    private IgnoredReminders() {
    }

    static int count(List<Instant> remindersSent, List<Invoice> invoices, List<ArrangementOutcome> arrangements,
            ZoneId zone) {
        var payments = invoices.stream().flatMap(i -> i.allocations().stream()).map(Allocation::date);
        var arranged = arrangements.stream().map(ArrangementOutcome::madeOn);
        var lastAnswer = Stream.concat(payments, arranged).max(LocalDate::compareTo).orElse(LocalDate.MIN);
        return (int) remindersSent.stream().map(at -> LocalDate.ofInstant(at, zone)).filter(day -> day.isAfter(lastAnswer))
                .count();
    }
}
