package dev.saldo.portal.timeline;

import java.time.Clock;
import java.time.LocalDate;

import dev.saldo.domain.plan.PlanEvent;
import dev.saldo.portal.debtor.ContactChanged;
import dev.saldo.portal.payment.PaymentLinkOpened;
import dev.saldo.portal.payment.PaymentSucceeded;
import dev.saldo.portal.reminders.ReminderFailed;
import dev.saldo.portal.reminders.ReminderSent;
import dev.saldo.portal.reminders.ReminderUndelivered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Turns other capabilities' events into timeline entries; they publish and never know the timeline exists. */
@Component
class TimelineFeed {

    private final DebtorTimeline timeline;
    private final Clock clock;

    TimelineFeed(DebtorTimeline timeline, Clock clock) {
        this.timeline = timeline;
        this.clock = clock;
    }

    @EventListener
    void on(ContactChanged event) {
        for (var change : event.changes()) {
            timeline.record(event.debtor(), TimelineKind.CONTACT_CHANGE, DebtorTimeline.DEBTOR, null,
                    "timeline.contact-changed", TimelineArgs.write(new TimelineArgs.Key("timeline.field." + change.field()),
                            blankAsDash(change.before()), blankAsDash(change.after())), event.at());
        }
    }

    @EventListener
    void on(PaymentSucceeded event) {
        timeline.record(event.debtor(), TimelineKind.PAYMENT, DebtorTimeline.DEBTOR, null, "timeline.payment-succeeded",
                TimelineArgs.write(event.amount()));
    }

    /** Once per link and day: a debtor reloading the page or opening the message twice is one fact. */
    @EventListener
    void on(PaymentLinkOpened event) {
        var day = LocalDate.ofInstant(event.at(), clock.getZone());
        timeline.recordOnce("link-opened:" + event.reference() + ":" + day, event.debtor(), TimelineKind.LINK_OPENED,
                DebtorTimeline.DEBTOR, "timeline.payment-link-opened", TimelineArgs.write(event.sentOn()), event.at());
    }

    @EventListener
    void on(PlanEvent event) {
        var kind = switch (event) {
            case PlanEvent.PromiseToPayMade e -> TimelineKind.PROMISE;
            case PlanEvent.PromiseToPayKept e -> TimelineKind.PROMISE;
            case PlanEvent.PromiseToPayBroken e -> TimelineKind.PROMISE;
            default -> TimelineKind.PLAN;
        };
        timeline.record(event.debtor(), kind, DebtorTimeline.SYSTEM, null, event.timelineKey(), TimelineArgs.write(event.timelineArgs()),
                event.at());
    }

    @EventListener
    void on(ReminderSent event) {
        timeline.record(event.debtor(), TimelineKind.REMINDER_SENT, DebtorTimeline.SYSTEM, null, "timeline.reminder-sent",
                TimelineArgs.write(new TimelineArgs.Key("contact.channel." + event.channel().name()), event.subject()),
                event.at());
    }

    @EventListener
    void on(ReminderFailed event) {
        timeline.record(event.debtor(), TimelineKind.REMINDER_FAILED, DebtorTimeline.SYSTEM, null,
                "timeline.reminder-failed", TimelineArgs.write(new TimelineArgs.Key(event.kind().messageKey())), event.at());
    }

    @EventListener
    void on(ReminderUndelivered event) {
        timeline.record(event.debtor(), TimelineKind.REMINDER_FAILED, DebtorTimeline.SYSTEM, null,
                "timeline.reminder-undelivered", TimelineArgs.write(new TimelineArgs.Key(event.kind().messageKey()),
                        new TimelineArgs.Key("contact.channel." + event.channel().name()), event.reason()), event.at());
    }

    private static String blankAsDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
