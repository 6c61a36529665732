package dev.saldo.portal.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.debtor.ContactBook;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.identity.AccountDirectory;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.timeline.DebtorTimeline;
import dev.saldo.portal.timeline.TimelineText;
import dev.saldo.portal.ui.Languages;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Gathers one debtor's personal data from every capability that holds some, for their own download. */
@Service
public class PersonalDataExport {

    public static final String FILE_NAME = "saldo-personal-data.json";

    private static final int TIMELINE_PAGE = 500;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final DebtorDirectory debtors;
    private final AccountDirectory accounts;
    private final InvoiceBook invoices;
    private final ContactBook contacts;
    private final DebtorTimeline timeline;
    private final TimelineText timelineText;
    private final Clock clock;

    PersonalDataExport(DebtorDirectory debtors, AccountDirectory accounts, InvoiceBook invoices, ContactBook contacts,
            DebtorTimeline timeline, TimelineText timelineText, Clock clock) {
        this.debtors = debtors;
        this.accounts = accounts;
        this.invoices = invoices;
        this.contacts = contacts;
        this.timeline = timeline;
        this.timelineText = timelineText;
        this.clock = clock;
    }

    public PersonalData of(DebtorId id) {
        var debtor = debtors.find(id).orElseThrow(() -> new IllegalArgumentException("No debtor " + id.value()));
        var language = Languages.parse(debtor.language()).orElse(Languages.SPANISH);
        return new PersonalData(Instant.now(clock), PersonalData.Person.of(debtor), accounts.usernamesOf(id),
                contacts.find(id).orElse(null),
                invoices.allOf(id).stream().map(PersonalData.InvoiceData::of).toList(),
                timeline(id, language));
    }

    /** The debtor's whole timeline, page by page (it only grows, one entry per interaction), oldest first. */
    private List<PersonalData.TimelineLine> timeline(DebtorId id, Locale language) {
        var lines = new ArrayList<PersonalData.TimelineLine>();
        Pageable page = PageRequest.of(0, TIMELINE_PAGE);
        while (true) {
            var slice = timeline.forDebtor(id, page);
            slice.forEach(entry -> lines.add(new PersonalData.TimelineLine(entry.at(), entry.kind().name(),
                    timelineText.format(entry, language), entry.actor(), entry.invoiceId())));
            if (!slice.hasNext()) {
                break;
            }
            page = slice.nextPageable();
        }
        return lines.reversed();
    }

    public byte[] json(DebtorId id) {
        return JSON.writeValueAsBytes(of(id));
    }
}
