package dev.saldo.domain.api;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/v1/me/invoices/{id}}: an invoice with its figures, lines and the payments allocated to it. */
public record InvoiceDetails(InvoiceItem invoice, Amount original, Amount fees, Amount discounts, Amount paid,
        List<Line> lines, List<Payment> payments) {

    public InvoiceDetails {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
    }

    /** {@code type} is a {@code LineType} name: CHARGE, FEE or DISCOUNT. */
    public record Line(String type, String description, Amount amount, LocalDate date) {
    }

    public record Payment(String reference, Amount amount, LocalDate date) {
    }
}
