package dev.saldo.portal.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.invoice.InvoiceLine;
import dev.saldo.domain.invoice.LineType;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.plan.Frequency;
import dev.saldo.portal.debtor.Debtor;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.debtor.DebtorKind;
import dev.saldo.portal.invoice.InvoiceBook;

/** A fresh debtor with overdue CLP invoices per test, so tests sharing one database never meet. */
record PlanFixtures(DebtorDirectory debtors, InvoiceBook invoices) {

    record Fixture(DebtorId debtor, List<InvoiceId> invoices) {
    }

    Fixture debtorOwing(LocalDate today, long... overdueClp) {
        var external = "T-" + UUID.randomUUID();
        var debtor = debtors.register(new Debtor(null, external, "Prueba " + external.substring(2, 8), DebtorKind.PERSON,
                "1-9", "t@example.com", "+56 9 0000 0000", "8320000", "CL", "es", null)).debtorId();
        var ids = new ArrayList<InvoiceId>();
        var clp = Currency.getInstance("CLP");
        for (int i = 0; i < overdueClp.length; i++) {
            var due = today.minusDays(10L + 10L * i);
            var invoice = invoices.register(Invoice.of(InvoiceId.of(UUID.randomUUID().toString()), debtor,
                    external + "-" + i, due.minusDays(30), due,
                    List.of(new InvoiceLine(LineType.CHARGE, "Servicio", Money.ofMinor(overdueClp[i], clp), due.minusDays(30))),
                    List.of()));
            ids.add(invoice.id());
        }
        return new Fixture(debtor, ids);
    }

    static PlanDraft draft(long down, int count, Frequency frequency, LocalDate first) {
        return new PlanDraft(null, BigDecimal.valueOf(down), count, frequency, first);
    }
}
