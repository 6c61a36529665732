package dev.saldo.portal.privacy;

import java.time.Clock;
import java.time.Instant;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.identity.AccountDirectory;
import dev.saldo.portal.invoice.InvoiceBook;
import org.springframework.stereotype.Service;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Gathers one debtor's personal data from every capability that holds some, for their own download. */
@Service
public class PersonalDataExport {

    public static final String FILE_NAME = "saldo-personal-data.json";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final DebtorDirectory debtors;
    private final AccountDirectory accounts;
    private final InvoiceBook invoices;
    private final Clock clock;

    PersonalDataExport(DebtorDirectory debtors, AccountDirectory accounts, InvoiceBook invoices, Clock clock) {
        this.debtors = debtors;
        this.accounts = accounts;
        this.invoices = invoices;
        this.clock = clock;
    }

    public PersonalData of(DebtorId id) {
        var debtor = debtors.find(id).orElseThrow(() -> new IllegalArgumentException("No debtor " + id.value()));
        return new PersonalData(Instant.now(clock), PersonalData.Person.of(debtor), accounts.usernamesOf(id),
                invoices.allOf(id).stream().map(PersonalData.InvoiceData::of).toList());
    }

    public byte[] json(DebtorId id) {
        return JSON.writeValueAsBytes(of(id));
    }
}
