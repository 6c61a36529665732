package dev.saldo.portal.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.saldo.domain.contact.Channel;
import dev.saldo.domain.reminder.Tone;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One rendered reminder waiting to go out, or gone. Its id is the reminder's key (invoice and step,
 * installment and offset, promise), so the same reminder can never be written twice; every state change
 * is one conditional update of this document.
 *
 * @param invoiceIds      the invoices a dunning message lists, oldest first (its key names the one whose step it is);
 *                        empty for installment and promise reminders
 * @param shortBody       the text for SMS and WhatsApp: a few lines with the amount and the link
 * @param legallyRequired a final notice: sent even on channels the debtor opted out of
 * @param notBefore       the earliest moment to (re)try: quiet hours, no-sending days and backoff move it on
 * @param providerRef     the provider's reference for the message that went out (Twilio's SID), or null
 * @param providerRefs    every reference this reminder had, so a late report about an earlier try is recognised
 * @param deliveredAt     when the provider reported the message delivered (SMS, WhatsApp), or null
 * @param failedChannels  channels that refused the reminder or reported it undelivered: never tried again for it
 * @param currency        the portfolio (currency code) it belongs to, whose sending days apply; null on entries
 *                        written before it was recorded
 */
@Document("reminder_outbox")
@CompoundIndex(name = "status_not_before", def = "{'status': 1, 'notBefore': 1}")
@CompoundIndex(name = "created", def = "{'createdAt': -1}")
@CompoundIndex(name = "debtor_status", def = "{'debtorId': 1, 'status': 1}")
@CompoundIndex(name = "provider_refs", def = "{'providerRefs': 1}")
public record OutboxEntry(
        @Id String id,
        String debtorId,
        String debtorName,
        ReminderKind kind,
        List<String> invoiceIds,
        Tone tone,
        LocalDate plannedFor,
        String language,
        String subject,
        String body,
        String shortBody,
        List<Channel> channels,
        boolean legallyRequired,
        Status status,
        Instant createdAt,
        Instant notBefore,
        int attempts,
        Instant claimedAt,
        Channel sentChannel,
        String sentTo,
        Instant sentAt,
        String lastError,
        String providerRef,
        List<String> providerRefs,
        Instant deliveredAt,
        List<Channel> failedChannels,
        String currency) {

    public OutboxEntry {
        invoiceIds = invoiceIds == null ? List.of() : List.copyOf(invoiceIds);
        providerRefs = providerRefs == null ? List.of() : List.copyOf(providerRefs);
        failedChannels = failedChannels == null ? List.of() : List.copyOf(failedChannels);
    }

    /** The text to send on a channel: the full one by e-mail, the short one by phone. */
    public String bodyFor(Channel channel) {
        return channel == Channel.EMAIL || shortBody == null ? body : shortBody;
    }

    /** Where a reminder stands; PENDING with no channel configured reads "not sent" to staff. */
    public enum Status {
        PENDING, SENDING, SENT, FAILED, CANCELLED, INTERRUPTED;

        public String messageKey() {
            return "reminders.status." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
