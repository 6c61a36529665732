package dev.saldo.portal.debtor;

import java.time.Instant;
import java.util.List;

import dev.saldo.domain.debtor.DebtorId;

/** A debtor's contact record changed: each changed field with its old and new value (empty when absent). */
public record ContactChanged(DebtorId debtor, Instant at, List<FieldChange> changes) {

    /** One field, by its JSON path, e.g. {@code phones[0].number} or {@code preferredChannel}. */
    public record FieldChange(String field, String before, String after) {
    }
}
