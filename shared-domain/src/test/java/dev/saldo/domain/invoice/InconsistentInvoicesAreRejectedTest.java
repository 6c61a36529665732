package dev.saldo.domain.invoice;

import static dev.saldo.domain.invoice.TestInvoices.DEBTOR;
import static dev.saldo.domain.invoice.TestInvoices.ISSUED;
import static dev.saldo.domain.invoice.TestInvoices.charge;
import static dev.saldo.domain.invoice.TestInvoices.line;
import static dev.saldo.domain.invoice.TestInvoices.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saldo.domain.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InconsistentInvoicesAreRejectedTest {

    private static final InvoiceId ID = InvoiceId.of("inv-1");
    private static final LocalDate DUE = ISSUED.plusDays(30);

    @Test
    void an_invoice_without_a_charge_is_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> invoice(List.of(line(LineType.FEE, "10", "EUR")), List.of()))
                .withMessageContaining("CHARGE");
    }

    @Test
    void lines_in_two_currencies_are_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> invoice(List.of(charge("10", "EUR"), line(LineType.FEE, "1000", "CLP")), List.of()))
                .withMessageContaining("EUR")
                .withMessageContaining("CLP");
    }

    @Test
    void a_payment_in_another_currency_is_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> invoice(List.of(charge("10", "EUR")), List.of(payment("10", "USD"))))
                .withMessageContaining("USD");
    }

    @Test
    void a_due_date_before_the_issue_date_is_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Invoice.of(ID, DEBTOR, "F-1", ISSUED, ISSUED.minusDays(1),
                        List.of(charge("10", "EUR")), List.of()))
                .withMessageContaining("before its issue date");
    }

    @Test
    void a_blank_invoice_number_is_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Invoice.of(ID, DEBTOR, "  ", ISSUED, DUE, List.of(charge("10", "EUR")), List.of()))
                .withMessageContaining("number");
    }

    @Test
    void payments_beyond_what_is_owed_are_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> invoice(List.of(charge("10", "EUR")), List.of(payment("10.01", "EUR"))))
                .withMessageContaining("negative open balance");
    }

    @Test
    void discounts_beyond_what_is_owed_are_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> invoice(List.of(charge("10", "EUR"), line(LineType.DISCOUNT, "11", "EUR")), List.of()));
    }

    @Test
    void lines_and_payments_must_be_positive_and_described() {
        Money zero = Money.of("0", "EUR");
        assertThatIllegalArgumentException().isThrownBy(() -> InvoiceLine.of(LineType.CHARGE, "x", zero, ISSUED))
                .withMessageContaining("positive");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> InvoiceLine.of(LineType.CHARGE, " ", Money.of("1", "EUR"), ISSUED))
                .withMessageContaining("description");
        assertThatIllegalArgumentException().isThrownBy(() -> Allocation.of("p-1", zero, ISSUED))
                .withMessageContaining("positive");
        assertThatIllegalArgumentException().isThrownBy(() -> Allocation.of("", Money.of("1", "EUR"), ISSUED))
                .withMessageContaining("reference");
    }

    @Test
    void the_invoice_does_not_change_when_the_callers_list_does() {
        List<InvoiceLine> lines = new ArrayList<>(List.of(charge("10", "EUR")));
        Invoice invoice = invoice(lines, List.of());

        lines.add(charge("5", "EUR"));

        assertThat(invoice.openBalance()).isEqualTo(Money.of("10", "EUR"));
        assertThatThrownBy(() -> invoice.lines().add(charge("1", "EUR")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static Invoice invoice(List<InvoiceLine> lines, List<Allocation> allocations) {
        return Invoice.of(ID, DEBTOR, "F-1", ISSUED, DUE, lines, allocations);
    }
}
