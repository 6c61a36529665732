package dev.saldo.domain.payment;

import static dev.saldo.domain.invoice.TestInvoices.charging;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.TestInvoices;
import dev.saldo.domain.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A debtor pays part or all of what they owe; the money goes to the oldest debt first. */
class PaymentAllocationTest {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 10);
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 10);
    private static final LocalDate JULY = LocalDate.of(2026, 7, 10);

    private final PaymentAllocator allocator = new PaymentAllocator(Money.of("1000", "CLP"));
    private final Invoice june = charging("50000", "CLP", JUNE);
    private final Invoice may = charging("27000", "CLP", MAY);
    private final Invoice july = charging("89990", "CLP", JULY);

    @Test
    void a_partial_payment_goes_to_the_oldest_due_invoice_first() {
        var plan = allocator.plan(List.of(june, july, may), Money.of("40000", "CLP"));

        assertThat(plan.allocations()).extracting(PlannedAllocation::invoiceNumber)
                .containsExactly(may.number(), june.number());
        assertThat(plan.allocations()).extracting(PlannedAllocation::amount)
                .containsExactly(Money.of("27000", "CLP"), Money.of("13000", "CLP"));
        assertThat(plan.allocations().get(0).settlesInvoice()).isTrue();
        assertThat(plan.owedAfter()).isEqualTo(Money.of("126990", "CLP"));
    }

    @Test
    void no_amount_means_everything_the_invoices_owe() {
        var plan = allocator.plan(List.of(june, may), null);

        assertThat(plan.amount()).isEqualTo(Money.of("77000", "CLP"));
        assertThat(plan.isFullPayment()).isTrue();
    }

    @Test
    void paying_more_than_is_owed_is_refused_and_says_how_much_is_owed() {
        assertThatThrownBy(() -> allocator.plan(List.of(may), Money.of("27001", "CLP")))
                .isInstanceOfSatisfying(PaymentRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PaymentRejection.ABOVE_BALANCE);
                    assertThat(e.limit()).isEqualTo(Money.of("27000", "CLP"));
                });
    }

    @Test
    void a_partial_payment_under_the_minimum_is_refused() {
        assertThatThrownBy(() -> allocator.plan(List.of(may), Money.of("999", "CLP")))
                .isInstanceOfSatisfying(PaymentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(PaymentRejection.BELOW_MINIMUM));
    }

    @Test
    void a_balance_smaller_than_the_minimum_can_still_be_paid_in_full() {
        var small = charging("500", "CLP", MAY);

        assertThat(allocator.plan(List.of(small), Money.of("500", "CLP")).isFullPayment()).isTrue();
    }

    @Test
    void zero_and_negative_amounts_are_refused() {
        for (var amount : List.of("0", "-1")) {
            assertThatThrownBy(() -> allocator.plan(List.of(may), Money.of(amount, "CLP")))
                    .isInstanceOfSatisfying(PaymentRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(PaymentRejection.AMOUNT_NOT_POSITIVE));
        }
    }

    @Test
    void an_amount_in_another_currency_is_refused() {
        assertThatThrownBy(() -> allocator.plan(List.of(may), Money.of("10", "USD")))
                .isInstanceOfSatisfying(PaymentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(PaymentRejection.CURRENCY_MISMATCH));
    }

    @Test
    void nothing_owed_means_nothing_to_pay() {
        assertThatThrownBy(() -> allocator.plan(List.of(), null))
                .isInstanceOfSatisfying(PaymentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(PaymentRejection.NOTHING_OWED));
    }

    @Test
    void a_picked_invoice_that_is_already_paid_is_refused() {
        var paid = may.withAllocation(TestInvoices.payment("27000", "CLP"));

        assertThatThrownBy(() -> allocator.plan(List.of(paid, june), null))
                .isInstanceOfSatisfying(PaymentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(PaymentRejection.INVOICE_ALREADY_PAID));
    }
}
