package dev.saldo.portal.debtor;

import java.util.Locale;

import dev.saldo.domain.api.ContactDetails;
import dev.saldo.domain.debtor.DebtorId;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A debtor as the portfolio knows them. {@code email} and {@code phone} are the confirmed primary ones,
 * kept next to the full {@code contact} record (written in the same document update). {@code externalId} is the ERP's key, so imports stay idempotent.
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
        ContactDetails contact,
        @Version Long version) {

    @PersistenceCreator
    public Debtor {
    }

    /** A debtor whose full contact record is not known yet (imports, demo): it is derived from e-mail and phone. */
    public Debtor(String id, String externalId, String name, DebtorKind kind, String taxId, String email, String phone,
            String postalCode, String country, String language, Long version) {
        this(id, externalId, name, kind, taxId, email, phone, postalCode, country, language, null, version);
    }

    public DebtorId debtorId() {
        return DebtorId.of(id);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language == null ? "es" : language);
    }
}
