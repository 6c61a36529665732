package dev.saldo.portal.invoice;

/** Which of a debtor's invoices a list shows; pending (everything not yet paid) comes first. */
public enum InvoiceFilter {
    PENDING, OVERDUE, PAID, ALL;

    public String messageKey() {
        return "invoices.filter." + name().toLowerCase();
    }
}
