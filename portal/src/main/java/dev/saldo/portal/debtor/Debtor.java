package dev.saldo.portal.debtor;

import java.util.Locale;

import dev.saldo.domain.debtor.DebtorId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A debtor as the portfolio knows them. {@code externalId} is the ERP's key, so imports stay idempotent.
 */
@Document("debtors")
public record Debtor(
        @Id String id,
        @Indexed(unique = true) String externalId,
        String name,
        DebtorKind kind,
        String taxId,
        String email,
        String phone,
        String postalCode,
        String country,
        String language,
        @Version Long version) {

    public DebtorId debtorId() {
        return DebtorId.of(id);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language == null ? "es" : language);
    }
}
