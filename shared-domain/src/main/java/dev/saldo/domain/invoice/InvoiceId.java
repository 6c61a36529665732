package dev.saldo.domain.invoice;

import static java.util.Objects.requireNonNull;

/** Identifies an invoice; typed so it cannot be passed where a debtor id is expected. */
public record InvoiceId(String value) {

    public InvoiceId {
        requireNonNull(value, "invoice id must not be null");
        value = value.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("invoice id must not be blank");
        }
    }

    public static InvoiceId of(String value) {
        return new InvoiceId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
