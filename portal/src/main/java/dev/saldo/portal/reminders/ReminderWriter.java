package dev.saldo.portal.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import dev.saldo.domain.api.ContactDetails;
import dev.saldo.domain.contact.Channel;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.reminder.Tone;
import dev.saldo.portal.debtor.ContactBook;
import dev.saldo.portal.debtor.Debtor;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.payment.PaymentLinks;
import org.springframework.stereotype.Component;

/**
 * Renders a planned reminder in the debtor's language, with a payment link whose reference is the entry's
 * key, and writes it to the outbox unless that key is already there.
 */
@Component
class ReminderWriter {

    /** A rendered reminder: subject and body for e-mail, a short text for SMS and WhatsApp. */
    record Text(String subject, String body, String shortBody) {
    }

    /** Renders one reminder for this debtor, in this language, around this link. */
    @FunctionalInterface
    interface Renderer {
        Text render(Debtor debtor, Locale locale, String link);
    }

    private final ReminderOutbox outbox;
    private final DebtorDirectory debtors;
    private final ContactBook contacts;
    private final PaymentLinks links;
    private final Clock clock;

    ReminderWriter(ReminderOutbox outbox, DebtorDirectory debtors, ContactBook contacts, PaymentLinks links, Clock clock) {
        this.outbox = outbox;
        this.debtors = debtors;
        this.contacts = contacts;
        this.links = links;
        this.clock = clock;
    }

    /** 1 when the reminder was written, 0 when its key was already in the outbox (or the debtor is gone). */
    int write(String id, DebtorId debtorId, ReminderKind kind, List<String> invoiceIds, Currency currency, Tone tone,
            List<Channel> channels, LocalDate today, Renderer renderer, boolean legallyRequired) {
        if (outbox.exists(id)) {
            return 0;
        }
        var debtor = debtors.find(debtorId).orElse(null);
        if (debtor == null) {
            return 0;
        }
        var language = contacts.find(debtorId).map(ContactDetails::language).filter(ReminderTemplates.LANGUAGES::contains)
                .orElse(debtor.locale().getLanguage());
        var locale = Locale.forLanguageTag(ReminderTemplates.LANGUAGES.contains(language) ? language : "es");
        var text = renderer.render(debtor, locale, links.issue(debtorId, id));
        var now = clock.instant();
        return outbox.add(new OutboxEntry(id, debtorId.value(), debtor.name(), kind, invoiceIds, tone, today,
                locale.getLanguage(), text.subject(), text.body(), text.shortBody(), channels, legallyRequired,
                OutboxEntry.Status.PENDING, now, now, 0, null, null, null, null, null, null, List.of(), null, List.of(),
                currency.getCurrencyCode())) ? 1 : 0;
    }
}
