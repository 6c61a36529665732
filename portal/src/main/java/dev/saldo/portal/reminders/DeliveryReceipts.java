package dev.saldo.portal.reminders;

import dev.saldo.domain.contact.Channel;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.messaging.DeliveryReport;
import dev.saldo.portal.messaging.DeliveryReports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Delivery reports on reminders sent by SMS or WhatsApp. Delivered: noted on the entry. Undelivered: the
 * channel no longer counts as the one that reaches the debtor, and the reminder goes back to the dispatcher,
 * which tries its next channel. Each change is one conditional update, so repeated or late reports change nothing.
 */
@Component
class DeliveryReceipts implements DeliveryReports {

    private static final Logger log = LoggerFactory.getLogger(DeliveryReceipts.class);

    private final ReminderOutbox outbox;
    private final LastChannels lastChannels;
    private final ApplicationEventPublisher events;

    DeliveryReceipts(ReminderOutbox outbox, LastChannels lastChannels, ApplicationEventPublisher events) {
        this.outbox = outbox;
        this.lastChannels = lastChannels;
        this.events = events;
    }

    @Override
    public boolean report(DeliveryReport report) {
        var entry = outbox.byProviderRef(report.providerRef()).orElse(null);
        if (entry == null) {
            return false;
        }
        switch (report.outcome()) {
            case DELIVERED -> outbox.delivered(entry.id(), report.providerRef(), report.at());
            case UNDELIVERED -> undelivered(entry, report);
            case IN_TRANSIT -> { }
        }
        return true;
    }

    private void undelivered(OutboxEntry entry, DeliveryReport report) {
        var channel = entry.sentChannel();
        if (channel != Channel.SMS && channel != Channel.WHATSAPP) {
            return;
        }
        if (!outbox.undelivered(entry.id(), report.providerRef(), channel, report.detail(), report.at())) {
            return;
        }
        var debtor = DebtorId.of(entry.debtorId());
        lastChannels.failed(debtor, channel);
        log.info("Reminder {} was not delivered by {} ({}); its next channel is tried", entry.id(), channel,
                report.detail());
        events.publishEvent(new ReminderUndelivered(debtor, entry.id(), entry.kind(), entry.tone(), channel,
                report.detail(), report.at()));
    }
}
