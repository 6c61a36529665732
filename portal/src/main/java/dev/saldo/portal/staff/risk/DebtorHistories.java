package dev.saldo.portal.staff.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.invoice.PortfolioScan;
import dev.saldo.portal.plan.ArrangementHistory;
import dev.saldo.portal.plan.ArrangementOutcome;
import org.springframework.stereotype.Service;

/**
 * Reads debtors' histories from the invoices (with every payment's date) and the ended promises and
 * plans. Nothing records contact attempts yet, so {@code ignoredContacts} is unknown for everyone.
 */
@Service
class DebtorHistories {

    private final PortfolioScan portfolio;
    private final InvoiceBook invoices;
    private final ArrangementHistory arrangements;

    DebtorHistories(PortfolioScan portfolio, InvoiceBook invoices, ArrangementHistory arrangements) {
        this.portfolio = portfolio;
        this.invoices = invoices;
        this.arrangements = arrangements;
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
        var histories = new ArrayList<DebtorHistory>();
        for (Map.Entry<DebtorId, List<Invoice>> entry : invoicesByDebtor.entrySet()) {
            histories.add(new DebtorHistory(entry.getKey(), entry.getValue(),
                    outcomesByDebtor.getOrDefault(entry.getKey(), List.of()), null));
        }
        return histories;
    }

    DebtorHistory of(DebtorId debtor) {
        return new DebtorHistory(debtor, invoices.allOf(debtor), arrangements.outcomesOf(debtor), null);
    }
}
