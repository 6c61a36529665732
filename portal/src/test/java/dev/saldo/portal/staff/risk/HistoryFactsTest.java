package dev.saldo.portal.staff.risk;

import static dev.saldo.portal.staff.risk.Histories.history;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistoryFactsTest {

    @Test
    void facts_as_of_a_past_day_ignore_payments_made_after_it() {
        var history = history().invoice(100, 60).build();

        var then = HistoryFacts.of(history, Histories.TODAY.minusDays(60));
        var now = HistoryFacts.of(history, Histories.TODAY);

        assertThat(then.overdueInvoices()).isEqualTo(1);
        assertThat(then.oldestDaysOverdue()).isEqualTo(40);
        assertThat(now.overdueInvoices()).isZero();
        assertThat(now.lateOver30()).isEqualTo(1);
    }

    @Test
    void invoices_issued_after_the_day_do_not_exist_yet() {
        var history = history().invoice(10, null).build();

        assertThat(HistoryFacts.of(history, Histories.TODAY.minusDays(50)).dueLastYear()).isZero();
    }

    @Test
    void a_partly_paid_invoice_counts_its_unpaid_rest_as_overdue() {
        var facts = history().partlyPaid(40, 30_000, 5).facts();

        assertThat(facts.overdue()).isEqualTo(Histories.clp(70_000));
        assertThat(facts.partlyPaid()).isEqualTo(1);
    }
}
