package dev.saldo.portal.reminders;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.saldo.domain.api.ContactDetails;
import dev.saldo.domain.contact.Channel;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.reminder.ChannelChoice;
import dev.saldo.domain.reminder.QuietHours;
import dev.saldo.portal.debtor.ContactBook;
import dev.saldo.portal.messaging.DeliveryException;
import dev.saldo.portal.messaging.Messaging;
import dev.saldo.portal.messaging.OutboundMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Sends what the outbox holds. Each entry is claimed by one conditional update before anything is sent,
 * so no reminder goes out twice. Quiet hours move an entry to their end, a day without sending (a Sunday, a
 * holiday of the portfolio's {@link SendingCalendar}) to the next sending day; a channel that is off or fails for
 * good hands over to the next; a passing failure is tried again later, waiting twice as long each time, a
 * bounded number of times. With no channel configured at all nothing is claimed: the entries stay in the
 * outbox, which staff see as "not sent".
 */
@Service
public class ReminderDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ReminderDispatcher.class);

    private final ReminderOutbox outbox;
    private final Messaging messaging;
    private final ContactBook contacts;
    private final LastChannels lastChannels;
    private final SendingDays sendingDays;
    private final List<DunningHold> holds;
    private final ReminderSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReminderDispatcher(ReminderOutbox outbox, Messaging messaging, ContactBook contacts, LastChannels lastChannels,
            SendingDays sendingDays, List<DunningHold> holds, ReminderSettings settings, ApplicationEventPublisher events,
            Clock clock) {
        this.sendingDays = sendingDays;
        this.holds = List.copyOf(holds);
        this.outbox = outbox;
        this.messaging = messaging;
        this.contacts = contacts;
        this.lastChannels = lastChannels;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${saldo.reminders.dispatch-interval-millis:60000}", initialDelayString = "${saldo.reminders.dispatch-interval-millis:60000}")
    @SchedulerLock(name = "reminder-dispatcher", lockAtMostFor = "PT10M")
    void scheduled() {
        var sent = dispatch();
        if (sent > 0) {
            log.info("Reminder dispatcher: {} reminder(s) sent", sent);
        }
    }

    /** One pass over the entries ready now; returns how many were sent. */
    public int dispatch() {
        if (messaging.configured().isEmpty()) {
            return 0;
        }
        outbox.interruptStale(clock.instant().minus(settings.sendingLease()));
        var sent = 0;
        for (var ready : outbox.ready(clock.instant(), settings.batch())) {
            var claimed = outbox.claim(ready.id(), clock.instant());
            if (claimed.isPresent() && deliver(claimed.get())) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(OutboxEntry entry) {
        var debtor = DebtorId.of(entry.debtorId());
        if (entry.kind() == ReminderKind.DUNNING && isHeld(debtor, entry.invoiceIds())) {
            // Disputed or escalated since it was planned: it is not sent.
            outbox.cancelled(entry);
            return false;
        }
        var now = LocalDateTime.now(clock);
        var calendar = sendingDays.calendarOf(entry);
        if (!calendar.sends(now.toLocalDate())) {
            // A Sunday or holiday: like quiet hours, not a failed attempt; it goes at the next sending day's start.
            var next = calendar.nextSendingDay(now.toLocalDate()).atTime(settings.sendingDayStarts());
            outbox.later(entry, next.atZone(clock.getZone()).toInstant(), null, false);
            return false;
        }
        var contact = contacts.find(debtor).orElse(null);
        if (contact == null) {
            fail(entry, "no contact record");
            return false;
        }
        var quiet = contact.quietHours() == null ? null
                : QuietHours.parse(contact.quietHours().from(), contact.quietHours().to()).orElse(null);
        if (quiet != null && quiet.contains(now.toLocalTime())) {
            outbox.later(entry, quiet.nextAllowed(now).atZone(clock.getZone()).toInstant(), null, false);
            return false;
        }
        var order = ChannelChoice.order(entry.channels(), lastChannels.of(debtor),
                Channel.parse(contact.preferredChannel()).orElse(null), optedOut(contact), entry.legallyRequired(),
                reachable(contact));
        var problems = new ArrayList<String>();
        var refused = new ArrayList<Channel>();
        for (var channel : order) {
            if (entry.failedChannels().contains(channel)) {
                // Refused or reported undelivered on an earlier try: each channel gets one chance per reminder.
                problems.add(channel + ": failed before");
                continue;
            }
            if (!messaging.canSend(channel)) {
                problems.add(channel + ": not configured");
                continue;
            }
            var to = channel == Channel.EMAIL ? contact.primaryEmail() : contact.primaryPhone();
            String providerRef;
            try {
                providerRef = messaging.send(new OutboundMessage(entry.id(), channel, to, entry.subject(),
                        entry.bodyFor(channel)));
            } catch (DeliveryException e) {
                if (e.retryable()) {
                    retryLater(entry, channel + ": " + e.getMessage());
                    return false;
                }
                problems.add(channel + ": " + e.getMessage());
                refused.add(channel);
                continue;
            }
            outbox.sent(entry, channel, to, clock.instant(), providerRef, refused);
            lastChannels.worked(debtor, channel);
            events.publishEvent(new ReminderSent(debtor, entry.id(), entry.kind(), entry.tone(), channel, entry.subject(),
                    clock.instant()));
            return true;
        }
        fail(entry, problems.isEmpty() ? "no channel of this reminder reaches the debtor" : String.join("; ", problems));
        return false;
    }

    /** A dispute on any invoice the message lists, or a hold on the debtor, since it was planned. */
    private boolean isHeld(DebtorId debtor, List<String> invoiceIds) {
        return holds.stream().anyMatch(hold -> invoiceIds.stream().anyMatch(invoice -> hold.holds(debtor, invoice)));
    }

    private void retryLater(OutboxEntry entry, String error) {
        if (entry.attempts() >= settings.maxAttempts()) {
            fail(entry, error + " (gave up after " + entry.attempts() + " attempts)");
            return;
        }
        var wait = ChannelChoice.backoff(entry.attempts(), settings.firstRetry(), settings.longestRetry());
        outbox.later(entry, clock.instant().plus(wait), error, true);
    }

    private void fail(OutboxEntry entry, String reason) {
        outbox.failed(entry, reason);
        events.publishEvent(new ReminderFailed(DebtorId.of(entry.debtorId()), entry.id(), entry.kind(), entry.tone(),
                reason, clock.instant()));
    }

    private static Set<Channel> optedOut(ContactDetails contact) {
        var channels = EnumSet.noneOf(Channel.class);
        if (contact.optedOutChannels() != null) {
            contact.optedOutChannels().forEach(name -> Channel.parse(name).ifPresent(channels::add));
        }
        return channels;
    }

    private static Set<Channel> reachable(ContactDetails contact) {
        var channels = EnumSet.noneOf(Channel.class);
        if (contact.primaryEmail() != null) {
            channels.add(Channel.EMAIL);
        }
        if (contact.primaryPhone() != null) {
            channels.add(Channel.SMS);
            channels.add(Channel.WHATSAPP);
        }
        return channels;
    }
}
