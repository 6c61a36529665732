package dev.saldo.portal.staff.risk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.invoice.PortfolioScan;
import dev.saldo.portal.messaging.Messaging;
import dev.saldo.portal.plan.ArrangementHistory;
import dev.saldo.portal.plan.ArrangementOutcome;
import dev.saldo.portal.reminders.ReminderOutbox;
import org.springframework.stereotype.Service;

/**
 * Reads debtors' histories from the invoices (with every payment's date), the ended promises and plans,
 * and the dunning reminders that reached them. Where no channel is configured nothing reaches anyone, so
 * {@code ignoredContacts} is unknown (null) rather than zero.
 */
@Service
class DebtorHistories {

    private final PortfolioScan portfolio;
    private final InvoiceBook invoices;
    private final ArrangementHistory arrangements;
    private final ReminderOutbox reminders;
    private final Messaging messaging;
    private final Clock clock;

    DebtorHistories(PortfolioScan portfolio, InvoiceBook invoices, ArrangementHistory arrangements,
            ReminderOutbox reminders, Messaging messaging, Clock clock) {
        this.portfolio = portfolio;
        this.invoices = invoices;
        this.arrangements = arrangements;
        this.reminders = reminders;
        this.messaging = messaging;
        this.clock = clock;
    }

    /** Every debtor's history. Holds the portfolio's invoices in memory while it runs: a job's work, not a screen's. */
    List<DebtorHistory> all() {
        var invoicesByDebtor = new HashMap<DebtorId, List<Invoice>>();
        try (var stream = portfolio.everyInvoice()) {
            stream.forEach(i -> invoicesByDebtor.computeIfAbsent(i.debtorId(), d -> new ArrayList<>()).add(i));
        }
        var outcomesByDebtor = new HashMap<DebtorId, List<ArrangementOutcome>>();
        try (var stream = arrangements.everyOutcome()) {
            stream.forEach(o -> outcomesByDebtor.computeIfAbsent(o.debtor(), d -> new ArrayList<>()).add(o));
        }
        var remindersSent = remindersReachDebtors() ? reminders.dunningSentByDebtor() : null;
        var histories = new ArrayList<DebtorHistory>();
        for (Map.Entry<DebtorId, List<Invoice>> entry : invoicesByDebtor.entrySet()) {
            var outcomes = outcomesByDebtor.getOrDefault(entry.getKey(), List.of());
            histories.add(new DebtorHistory(entry.getKey(), entry.getValue(), outcomes, remindersSent == null ? null
                    : ignored(remindersSent.getOrDefault(entry.getKey(), List.of()), entry.getValue(), outcomes)));
        }
        return histories;
    }

    DebtorHistory of(DebtorId debtor) {
        var all = invoices.allOf(debtor);
        var outcomes = arrangements.outcomesOf(debtor);
        return new DebtorHistory(debtor, all, outcomes,
                remindersReachDebtors() ? ignored(reminders.dunningSentTo(debtor), all, outcomes) : null);
    }

    private boolean remindersReachDebtors() {
        return !messaging.configured().isEmpty();
    }

    private Integer ignored(List<Instant> sent, List<Invoice> all, List<ArrangementOutcome> outcomes) {
        return IgnoredReminders.count(sent, all, outcomes, clock.getZone());
    }
}
