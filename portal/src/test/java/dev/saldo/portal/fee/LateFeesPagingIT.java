package dev.saldo.portal.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.invoice.InvoiceLine;
import dev.saldo.domain.invoice.LineType;
import dev.saldo.domain.money.Money;
import dev.saldo.portal.debtor.Debtor;
import dev.saldo.portal.debtor.DebtorKind;
import dev.saldo.portal.invoice.InvoiceLines;
import dev.saldo.portal.payment.PaymentsIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The fee job reads overdue invoices a page at a time by the last id seen: every one is visited exactly
 * once, however many pages, even when invoices are paid while the job runs (which shifted offset pages).
 */
class LateFeesPagingIT extends PaymentsIntegrationTest {

    /** Long before any other test's invoices fall due, so only this test's invoices are overdue then. */
    private static final LocalDate LONG_AGO = LocalDate.of(1990, 1, 1);
    private static final int INVOICES = 11;

    @Autowired
    InvoiceLines invoiceLines;
    @Autowired
    FeeRuleBook rules;
    @Autowired
    Clock clock;

    @ParameterizedTest(name = "pages of {0}")
    @ValueSource(ints = {1, 3, INVOICES, INVOICES + 1})
    void every_overdue_invoice_is_visited_exactly_once_across_pages_even_when_some_are_paid_during_the_run(int pageSize) {
        var mine = overdueInvoices();
        var visited = new ArrayList<InvoiceId>();
        FeeHold payingWhileVisited = invoice -> {
            visited.add(invoice.id());
            // A payment lands on the invoice just visited: it leaves the overdue set behind the job's cursor.
            mongo.updateFirst(Query.query(Criteria.where("_id").is(invoice.id().value())), new Update().set("settled", true),
                    "invoices");
            return false;
        };
        var job = new LateFees(invoiceLines, rules, List.of(payingWhileVisited), clock,
                new FeeSettings(Map.of(), "0 30 3 * * *", pageSize));

        var run = job.runFor(LONG_AGO);

        assertThat(visited).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(mine);
        assertThat(run.held()).isZero();
    }

    /** Unpaid invoices of a new debtor in CHF (no fee rules), due in the 1980s; the ids in random order. */
    private List<InvoiceId> overdueInvoices() {
        var key = UUID.randomUUID().toString().substring(0, 8);
        var debtor = debtors.register(new Debtor(null, "PAGING-" + key, "Paging " + key, DebtorKind.PERSON, null, null,
                null, null, "CH", "es", null));
        var batch = new ArrayList<Invoice>();
        for (int i = 0; i < INVOICES; i++) {
            var due = LocalDate.of(1985, 1, 1).plusDays(i);
            batch.add(Invoice.of(InvoiceId.of(UUID.randomUUID().toString()), debtor.debtorId(), "P-" + key + "-" + i,
                    due.minusDays(30), due, List.of(InvoiceLine.of(LineType.CHARGE, "Servicio", Money.of("100", "CHF"),
                            due.minusDays(30))), List.of()));
        }
        return invoiceBook.registerAll(batch).stream().map(Invoice::id).toList();
    }
}
