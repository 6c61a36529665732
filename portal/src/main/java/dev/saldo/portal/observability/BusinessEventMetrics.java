package dev.saldo.portal.observability;

import java.time.Duration;

import dev.saldo.domain.plan.Outcome;
import dev.saldo.domain.plan.PlanEvent;
import dev.saldo.portal.payment.PaymentFailed;
import dev.saldo.portal.payment.PaymentSucceeded;
import dev.saldo.portal.reminders.ReminderFailed;
import dev.saldo.portal.reminders.ReminderSent;
import dev.saldo.portal.reminders.ReminderUndelivered;
import dev.saldo.portal.payment.WebhookReceived;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts what the capabilities announce: they publish their own events and know nothing of metrics,
 * so observability depends on them and never the other way round.
 */
@Component
class BusinessEventMetrics {

    private final BusinessMetrics metrics;

    BusinessEventMetrics(BusinessMetrics metrics) {
        this.metrics = metrics;
    }

    @EventListener
    void on(PaymentSucceeded succeeded) {
        metrics.paymentSucceeded(succeeded.amount().currency().getCurrencyCode());
    }

    @EventListener
    void on(PaymentFailed failed) {
        metrics.paymentFailed(failed.currency().getCurrencyCode());
    }

    @EventListener
    void on(WebhookReceived webhook) {
        metrics.webhookLag(webhook.provider(), Duration.between(webhook.created(), webhook.received()));
    }

    @EventListener
    void on(PlanEvent.InstallmentPlanProposed proposed) {
        if (proposed.outcome() == Outcome.AUTO_APPROVED) {
            metrics.proposalAutoApproved();
        } else if (proposed.outcome() == Outcome.NEEDS_REVIEW) {
            metrics.proposalSentToReview();
        }
    }

    @EventListener
    void on(ReminderSent sent) {
        metrics.reminderSent(sent.channel().name().toLowerCase(java.util.Locale.ROOT));
    }

    @EventListener
    void on(ReminderUndelivered undelivered) {
        metrics.reminderUndelivered(undelivered.channel().name().toLowerCase(java.util.Locale.ROOT));
    }

    @EventListener
    void on(ReminderFailed failed) {
        // A reminder fails after every channel was tried, so no single channel is to blame.
        metrics.reminderFailed("none");
    }
}
