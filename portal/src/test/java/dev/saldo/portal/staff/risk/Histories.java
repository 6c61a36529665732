package dev.saldo.portal.staff.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.Allocation;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.invoice.InvoiceLine;
import dev.saldo.domain.invoice.LineType;
import dev.saldo.domain.money.Money;
import dev.saldo.portal.plan.ArrangementOutcome;

/** Builds debtor histories for tests: invoices of 100 000 CLP due on given days, paid when told. */
final class Histories {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final DebtorId DEBTOR = DebtorId.of("debtor-1");

    private final List<Invoice> invoices = new ArrayList<>();
    private final List<ArrangementOutcome> arrangements = new ArrayList<>();
    private Integer ignored;

    static Histories history() {
        return new Histories();
    }

    /** An invoice due {@code daysAgo} days ago, paid in full {@code paidDaysLate} days after it fell due (null: unpaid). */
    Histories invoice(int daysAgo, Integer paidDaysLate) {
        var due = TODAY.minusDays(daysAgo);
        var allocations = paidDaysLate == null ? List.<Allocation>of()
                : List.of(Allocation.of("P" + invoices.size(), clp(100_000), due.plusDays(paidDaysLate)));
        invoices.add(Invoice.of(InvoiceId.of(UUID.randomUUID().toString()), DEBTOR, "N-" + invoices.size(),
                due.minusDays(30), due, List.of(new InvoiceLine(LineType.CHARGE, "Service", clp(100_000), due.minusDays(30))),
                allocations));
        return this;
    }

    Histories partlyPaid(int daysAgo, long paid, int paidDaysLate) {
        var due = TODAY.minusDays(daysAgo);
        invoices.add(Invoice.of(InvoiceId.of(UUID.randomUUID().toString()), DEBTOR, "N-" + invoices.size(),
                due.minusDays(30), due, List.of(new InvoiceLine(LineType.CHARGE, "Service", clp(100_000), due.minusDays(30))),
                List.of(Allocation.of("P" + invoices.size(), clp(paid), due.plusDays(paidDaysLate)))));
        return this;
    }

    Histories promise(int endedDaysAgo, boolean broken) {
        arrangements.add(new ArrangementOutcome(DEBTOR, ArrangementOutcome.Kind.PROMISE, TODAY.minusDays(endedDaysAgo + 14),
                TODAY.minusDays(endedDaysAgo), broken));
        return this;
    }

    Histories ignoredContacts(int count) {
        ignored = count;
        return this;
    }

    DebtorHistory build() {
        return new DebtorHistory(DEBTOR, invoices, arrangements, ignored);
    }

    HistoryFacts facts() {
        return HistoryFacts.of(build(), TODAY);
    }

    static Money clp(long amount) {
        return Money.ofMinor(amount, java.util.Currency.getInstance("CLP"));
    }
}
