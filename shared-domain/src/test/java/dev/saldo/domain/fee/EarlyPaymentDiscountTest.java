package dev.saldo.domain.fee;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saldo.domain.invoice.InvoiceLine;
import dev.saldo.domain.invoice.LineType;
import dev.saldo.domain.invoice.TestInvoices;
import dev.saldo.domain.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EarlyPaymentDiscountTest {

    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);
    private static final FeeRules.EarlyDiscount TWO_PERCENT_TEN_DAYS_EARLY = new FeeRules.EarlyDiscount(new BigDecimal("2"), 10);

    @Test
    void the_discount_applies_only_inside_its_window() {
        var invoice = TestInvoices.charging("100000", "CLP", DUE);

        assertThat(EarlyPayment.discount(invoice, TWO_PERCENT_TEN_DAYS_EARLY, DUE.minusDays(11)))
                .isEqualTo(Money.of("2000", "CLP"));
        assertThat(EarlyPayment.discount(invoice, TWO_PERCENT_TEN_DAYS_EARLY, DUE.minusDays(10)))
                .isEqualTo(Money.of("2000", "CLP"));
        assertThat(EarlyPayment.discount(invoice, TWO_PERCENT_TEN_DAYS_EARLY, DUE.minusDays(9)).isZero()).isTrue();
        assertThat(EarlyPayment.lastDay(invoice, TWO_PERCENT_TEN_DAYS_EARLY)).isEqualTo(DUE.minusDays(10));
    }

    @Test
    void an_invoice_already_discounted_or_charged_fees_gets_no_discount() {
        var invoice = TestInvoices.charging("100000", "CLP", DUE);
        var discounted = invoice.withLine(InvoiceLine.of(LineType.DISCOUNT, FeeLines.describe(FeeLines.EARLY_DISCOUNT, "p1"),
                Money.of("2000", "CLP"), DUE.minusDays(20)));
        var withFee = invoice.withLine(InvoiceLine.of(LineType.FEE, FeeLines.FIXED, Money.of("2000", "CLP"), DUE.minusDays(20)));

        assertThat(EarlyPayment.discount(discounted, TWO_PERCENT_TEN_DAYS_EARLY, DUE.minusDays(15)).isZero()).isTrue();
        assertThat(EarlyPayment.discount(withFee, TWO_PERCENT_TEN_DAYS_EARLY, DUE.minusDays(15)).isZero()).isTrue();
    }

    @Test
    void no_rule_means_no_discount() {
        var invoice = TestInvoices.charging("100000", "CLP", DUE);

        assertThat(EarlyPayment.discount(invoice, new FeeRules.EarlyDiscount(BigDecimal.ZERO, 0), DUE.minusDays(30)).isZero())
                .isTrue();
    }
}
