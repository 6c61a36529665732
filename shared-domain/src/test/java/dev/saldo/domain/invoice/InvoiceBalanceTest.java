package dev.saldo.domain.invoice;

import static dev.saldo.domain.invoice.TestInvoices.charging;
import static dev.saldo.domain.invoice.TestInvoices.line;
import static dev.saldo.domain.invoice.TestInvoices.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saldo.domain.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InvoiceBalanceTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 31);

    private final Invoice invoice = charging("100000", "CLP", DUE)
            .withLine(line(LineType.FEE, "5000", "CLP"))
            .withLine(line(LineType.DISCOUNT, "10000", "CLP"))
            .withAllocation(payment("30000", "CLP"));

    @Test
    void open_balance_is_original_plus_fees_minus_discounts_minus_payments() {
        assertThat(invoice.original()).isEqualTo(Money.of("100000", "CLP"));
        assertThat(invoice.fees()).isEqualTo(Money.of("5000", "CLP"));
        assertThat(invoice.discounts()).isEqualTo(Money.of("10000", "CLP"));
        assertThat(invoice.allocated()).isEqualTo(Money.of("30000", "CLP"));
        assertThat(invoice.openBalance()).isEqualTo(Money.of("65000", "CLP"));
    }

    @Test
    void a_correction_is_a_new_line_and_the_balance_follows() {
        Invoice corrected = invoice.withLine(line(LineType.DISCOUNT, "5000", "CLP"));

        assertThat(corrected.openBalance()).isEqualTo(Money.of("60000", "CLP"));
        assertThat(invoice.openBalance()).isEqualTo(Money.of("65000", "CLP"));
        assertThat(corrected.lines()).hasSize(invoice.lines().size() + 1);
    }

    @Test
    void a_partly_paid_invoice_is_neither_paid_nor_untouched() {
        assertThat(invoice.isPartiallyPaid()).isTrue();
        assertThat(invoice.isPaid()).isFalse();
        assertThat(charging("100000", "CLP", DUE).isPartiallyPaid()).isFalse();
    }

    @Test
    void paying_the_exact_open_balance_settles_the_invoice() {
        Invoice paid = invoice.withAllocation(payment("65000", "CLP"));

        assertThat(paid.isPaid()).isTrue();
        assertThat(paid.isPartiallyPaid()).isFalse();
        assertThat(paid.openBalance()).isEqualTo(Money.of("0", "CLP"));
        assertThat(paid.status(DUE.plusDays(200))).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.daysOverdue(DUE.plusDays(200))).isZero();
        assertThat(paid.agingBucket(DUE.plusDays(200))).isEqualTo(AgingBucket.CURRENT);
    }

    @Test
    void paying_more_than_the_open_balance_is_rejected_with_both_amounts() {
        assertThatThrownBy(() -> invoice.withAllocation(payment("65001", "CLP")))
                .isInstanceOf(OverAllocationException.class)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("65000 CLP")
                .hasMessageContaining("65001 CLP");
    }

    @Test
    void on_the_due_date_the_invoice_is_still_open() {
        assertThat(invoice.status(DUE)).isEqualTo(InvoiceStatus.OPEN);
        assertThat(invoice.daysOverdue(DUE)).isZero();
        assertThat(invoice.agingBucket(DUE)).isEqualTo(AgingBucket.CURRENT);
    }

    @Test
    void before_the_due_date_the_invoice_is_open_and_not_overdue() {
        assertThat(invoice.status(DUE.minusDays(10))).isEqualTo(InvoiceStatus.OPEN);
        assertThat(invoice.daysOverdue(DUE.minusDays(10))).isZero();
    }

    @Test
    void the_day_after_the_due_date_it_is_one_day_overdue() {
        assertThat(invoice.status(DUE.plusDays(1))).isEqualTo(InvoiceStatus.OVERDUE);
        assertThat(invoice.daysOverdue(DUE.plusDays(1))).isEqualTo(1);
        assertThat(invoice.agingBucket(DUE.plusDays(1))).isEqualTo(AgingBucket.DAYS_1_30);
    }

    @Test
    void ninety_one_days_late_is_over_ninety() {
        assertThat(invoice.daysOverdue(DUE.plusDays(91))).isEqualTo(91);
        assertThat(invoice.agingBucket(DUE.plusDays(91))).isEqualTo(AgingBucket.OVER_90);
    }

    @Test
    void statuses_name_their_message_keys() {
        assertThat(InvoiceStatus.OPEN.messageKey()).isEqualTo("invoice.status.open");
        assertThat(InvoiceStatus.OVERDUE.messageKey()).isEqualTo("invoice.status.overdue");
        assertThat(InvoiceStatus.PAID.messageKey()).isEqualTo("invoice.status.paid");
    }
}
