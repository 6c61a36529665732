package dev.saldo.domain.invoice;

/** Where an invoice stands on a given day, as the debtor sees it. */
public enum InvoiceStatus {
    /** Something is still owed and the due date has not passed. */
    OPEN("invoice.status.open"),
    /** Something is still owed after the due date. */
    OVERDUE("invoice.status.overdue"),
    /** Nothing is owed. */
    PAID("invoice.status.paid");

    private final String messageKey;

    InvoiceStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The bundle key for the label, so the UI never hard-codes the text. */
    public String messageKey() {
        return messageKey;
    }
}
