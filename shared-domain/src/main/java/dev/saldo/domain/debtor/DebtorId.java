package dev.saldo.domain.debtor;

import static java.util.Objects.requireNonNull;

/** Identifies a debtor; typed so it cannot be passed where an invoice id is expected. */
public record DebtorId(String value) {

    public DebtorId {
        requireNonNull(value, "debtor id must not be null");
        value = value.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("debtor id must not be blank");
        }
    }

    public static DebtorId of(String value) {
        return new DebtorId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
