package dev.saldo.domain.balance;

import static dev.saldo.domain.invoice.TestInvoices.charging;
import static dev.saldo.domain.invoice.TestInvoices.payment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class BalanceSummaryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);

    private final Invoice overdueEuros = charging("100.00", "EUR", TODAY.minusDays(10));
    private final Invoice currentEuros = charging("50.50", "EUR", TODAY.plusDays(20)).withAllocation(payment("0.50", "EUR"));
    private final Invoice dueTodayPesos = charging("30000", "CLP", TODAY);
    private final Invoice laterPesos = charging("20000", "CLP", TODAY.plusDays(5));
    private final Invoice paidPesos = charging("9999", "CLP", TODAY.minusDays(60)).withAllocation(payment("9999", "CLP"));

    @Test
    void each_currency_gets_its_own_balance_sorted_by_code() {
        BalanceSummary summary = BalanceSummary.of(List.of(overdueEuros, laterPesos, currentEuros, dueTodayPesos), TODAY);

        assertThat(summary.balances()).extracting(CurrencyBalance::currency)
                .containsExactly(Currency.getInstance("CLP"), Currency.getInstance("EUR"));
    }

    @Test
    void overdue_is_the_part_of_the_total_past_its_due_date() {
        CurrencyBalance euros = BalanceSummary.of(List.of(overdueEuros, currentEuros), TODAY).balances().getFirst();

        assertThat(euros.totalOwed()).isEqualTo(Money.of("150.00", "EUR"));
        assertThat(euros.overdue()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(euros.openCount()).isEqualTo(2);
        assertThat(euros.overdueCount()).isEqualTo(1);
        assertThat(euros.nextDueDate()).isEqualTo(TODAY.plusDays(20));
    }

    @Test
    void an_invoice_due_today_is_not_overdue_and_is_the_next_due_date() {
        CurrencyBalance pesos = BalanceSummary.of(List.of(laterPesos, dueTodayPesos), TODAY).balances().getFirst();

        assertThat(pesos.totalOwed()).isEqualTo(Money.of("50000", "CLP"));
        assertThat(pesos.overdue()).isEqualTo(Money.zero(Currency.getInstance("CLP")));
        assertThat(pesos.overdueCount()).isZero();
        assertThat(pesos.nextDueDate()).isEqualTo(TODAY);
    }

    @Test
    void with_only_overdue_invoices_there_is_no_next_due_date() {
        CurrencyBalance euros = BalanceSummary.of(List.of(overdueEuros), TODAY).balances().getFirst();

        assertThat(euros.nextDueDate()).isNull();
    }

    @Test
    void paid_invoices_are_left_out() {
        BalanceSummary summary = BalanceSummary.of(List.of(paidPesos, overdueEuros), TODAY);

        assertThat(summary.balances()).extracting(balance -> balance.currency().getCurrencyCode()).containsExactly("EUR");
    }

    @Test
    void a_debtor_with_only_paid_invoices_is_settled() {
        assertThat(BalanceSummary.of(List.of(paidPesos), TODAY).isSettled()).isTrue();
        assertThat(BalanceSummary.of(List.of(), TODAY).isSettled()).isTrue();
        assertThat(BalanceSummary.of(List.of(overdueEuros), TODAY).isSettled()).isFalse();
    }
}
