package dev.saldo.domain.fee;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saldo.domain.invoice.Allocation;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceLine;
import dev.saldo.domain.invoice.LineType;
import dev.saldo.domain.invoice.TestInvoices;
import dev.saldo.domain.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class LateFeeAccrualTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate DUE = LocalDate.of(2026, 4, 30);

    private static FeeRules.LateFee rule(int grace, String fixed, String oneOff, String interest, String cap,
            String capPercent) {
        return new FeeRules.LateFee(grace, Money.of(fixed, "EUR"), new BigDecimal(oneOff), new BigDecimal(interest),
                Money.of(cap, "EUR"), new BigDecimal(capPercent));
    }

    private static Invoice invoice(String amount) {
        return TestInvoices.charging(amount, "EUR", DUE);
    }

    /** Runs the daily job on every day from the due date to {@code last}, as production does. */
    private static Invoice runDaily(Invoice invoice, FeeRules.LateFee rule, LocalDate last) {
        for (var day = DUE; !day.isAfter(last); day = day.plusDays(1)) {
            for (var line : FeeAccrual.due(invoice, rule, null, day)) {
                invoice = invoice.withLine(line);
            }
        }
        return invoice;
    }

    @Test
    void nothing_accrues_within_the_grace_days() {
        var rule = rule(10, "40", "0", "12", "0", "0");

        assertThat(FeeAccrual.due(invoice("1000"), rule, null, DUE.plusDays(10))).isEmpty();
        assertThat(FeeAccrual.due(invoice("1000"), rule, null, DUE.plusDays(11))).isNotEmpty();
    }

    @Test
    void a_fixed_fee_is_charged_once_the_grace_days_are_over_and_never_again() {
        var rule = rule(5, "40", "0", "0", "0", "0");

        var after = runDaily(invoice("1000"), rule, DUE.plusDays(60));

        assertThat(after.fees()).isEqualTo(Money.of("40", "EUR"));
        assertThat(after.lines()).filteredOn(l -> l.type() == LineType.FEE).singleElement()
                .satisfies(l -> assertThat(l.date()).isEqualTo(DUE.plusDays(6)));
    }

    @Test
    void interest_accrues_per_day_on_the_unpaid_charges_after_the_grace_days() {
        // 36.5 % a year on 1000 is 1 a day; 10 grace days, so 20 days of interest by day 30.
        var rule = rule(10, "0", "0", "36.5", "0", "0");

        var after = runDaily(invoice("1000"), rule, DUE.plusDays(30));

        assertThat(after.fees()).isEqualTo(Money.of("20", "EUR"));
    }

    @Test
    void a_missed_day_is_caught_up_and_a_second_run_on_one_day_adds_nothing() {
        var rule = rule(0, "0", "0", "36.5", "0", "0");
        var invoice = invoice("1000");
        for (var line : FeeAccrual.due(invoice, rule, null, DUE.plusDays(3))) {
            invoice = invoice.withLine(line);
        }
        var skippedTwoDays = FeeAccrual.due(invoice, rule, null, DUE.plusDays(6));
        for (var line : skippedTwoDays) {
            invoice = invoice.withLine(line);
        }

        assertThat(skippedTwoDays).singleElement().satisfies(l -> {
            assertThat(l.amount()).isEqualTo(Money.of("3", "EUR"));
            assertThat(l.description()).isEqualTo("fee.interest|2026-05-04|2026-05-06|36.5");
        });
        assertThat(FeeAccrual.due(invoice, rule, null, DUE.plusDays(6))).isEmpty();
        assertThat(invoice.fees()).isEqualTo(Money.of("6", "EUR"));
    }

    @Test
    void fees_stop_at_the_cap() {
        var rule = rule(0, "40", "0", "36.5", "50", "0");

        var after = runDaily(invoice("1000"), rule, DUE.plusDays(90));

        assertThat(after.fees()).isEqualTo(Money.of("50", "EUR"));
        assertThat(FeeAccrual.due(after, rule, null, DUE.plusDays(91))).isEmpty();
    }

    @Test
    void a_percentage_cap_limits_fees_relative_to_the_charges() {
        var rule = rule(0, "0", "10", "0", "0", "5");

        var after = runDaily(invoice("1000"), rule, DUE.plusDays(5));

        assertThat(after.fees()).isEqualTo(Money.of("50", "EUR"));
    }

    @Test
    void days_held_in_a_plan_or_dispute_earn_no_interest() {
        var rule = rule(0, "0", "0", "36.5", "0", "0");

        var lines = FeeAccrual.due(invoice("1000"), rule, DUE.plusDays(20), DUE.plusDays(25));

        assertThat(lines).singleElement().satisfies(l -> assertThat(l.amount()).isEqualTo(Money.of("5", "EUR")));
    }

    @Test
    void a_partly_paid_invoice_earns_interest_on_what_is_unpaid_only() {
        var rule = rule(0, "0", "5", "0", "0", "0");
        var invoice = invoice("1000").withAllocation(Allocation.of("p1", Money.of("600", "EUR"), DUE));

        assertThat(FeeAccrual.due(invoice, rule, null, DUE.plusDays(1)))
                .singleElement().satisfies(l -> assertThat(l.amount()).isEqualTo(Money.of("20", "EUR")));
    }

    @Test
    void a_paid_invoice_accrues_nothing() {
        var rule = rule(0, "40", "5", "36.5", "0", "0");
        var paid = invoice("1000").withAllocation(Allocation.of("p1", Money.of("1000", "EUR"), DUE));

        assertThat(FeeAccrual.due(paid, rule, null, DUE.plusDays(40))).isEmpty();
    }

    @Test
    void a_waived_fee_is_not_charged_again_and_frees_room_under_the_cap() {
        var rule = rule(0, "40", "0", "0", "40", "0");
        var charged = runDaily(invoice("1000"), rule, DUE.plusDays(2));
        var waived = charged.withLine(InvoiceLine.of(LineType.DISCOUNT, FeeLines.describe(FeeLines.WAIVER, "fee.fixed"),
                Money.of("40", "EUR"), DUE.plusDays(3)));

        assertThat(FeeAccrual.due(waived, rule, null, DUE.plusDays(4))).isEmpty();
        assertThat(waived.openBalance()).isEqualTo(Money.of("1000", "EUR"));
        assertThat(FeeAccrual.netFees(waived)).isEqualTo(Money.zero(EUR));
    }

    @Test
    void clp_interest_is_rounded_to_whole_pesos_and_tiny_amounts_wait_until_they_add_up() {
        var rule = new FeeRules.LateFee(0, Money.zero(Currency.getInstance("CLP")), BigDecimal.ZERO, new BigDecimal("36.5"),
                Money.zero(Currency.getInstance("CLP")), BigDecimal.ZERO);
        var invoice = TestInvoices.charging("400", "CLP", DUE);

        var afterOneDay = FeeAccrual.due(invoice, rule, null, DUE.plusDays(1));
        var afterFiveDays = FeeAccrual.due(invoice, rule, null, DUE.plusDays(5));

        assertThat(afterOneDay).isEmpty();
        assertThat(afterFiveDays).singleElement()
                .satisfies(l -> assertThat(l.amount()).isEqualTo(Money.of("2", "CLP")));
        assertThat(List.of(afterFiveDays.getFirst().amount().minorUnits())).containsExactly(2L);
    }
}
