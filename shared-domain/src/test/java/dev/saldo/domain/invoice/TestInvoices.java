package dev.saldo.domain.invoice;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.money.Money;
import java.time.LocalDate;
import java.util.List;

/** Builds valid invoices for tests, so each test states only what it is about. */
public final class TestInvoices {

    public static final LocalDate ISSUED = LocalDate.of(2026, 3, 1);
    public static final DebtorId DEBTOR = DebtorId.of("debtor-1");

    private TestInvoices() {
    }

    public static Invoice charging(String amount, String currency, LocalDate dueDate) {
        LocalDate issued = ISSUED.isAfter(dueDate) ? dueDate : ISSUED;
        return Invoice.of(InvoiceId.of("inv-" + amount + "-" + dueDate), DEBTOR, "F-" + dueDate, issued, dueDate,
                List.of(charge(amount, currency)), List.of());
    }

    public static InvoiceLine charge(String amount, String currency) {
        return line(LineType.CHARGE, amount, currency);
    }

    public static InvoiceLine line(LineType type, String amount, String currency) {
        return InvoiceLine.of(type, type.name().toLowerCase() + " of " + amount, Money.of(amount, currency), ISSUED);
    }

    public static Allocation payment(String amount, String currency) {
        return Allocation.of("pay-" + amount, Money.of(amount, currency), ISSUED.plusDays(2));
    }
}
