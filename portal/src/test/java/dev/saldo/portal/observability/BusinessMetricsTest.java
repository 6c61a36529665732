package dev.saldo.portal.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class BusinessMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final BusinessMetrics metrics = new BusinessMetrics(registry);

    @Test
    void payments_are_counted_by_outcome_and_currency() {
        metrics.paymentSucceeded("CLP");
        metrics.paymentSucceeded("CLP");
        metrics.paymentFailed("EUR");
        assertThat(registry.get("saldo.payments").tags("outcome", "succeeded", "currency", "clp").counter().count()).isEqualTo(2);
        assertThat(registry.get("saldo.payments").tags("outcome", "failed", "currency", "eur").counter().count()).isEqualTo(1);
    }

    @Test
    void proposals_are_counted_by_decision_and_reminders_by_outcome_and_channel() {
        metrics.proposalAutoApproved();
        metrics.proposalSentToReview();
        metrics.proposalSentToReview();
        metrics.reminderSent("email");
        metrics.reminderFailed("sms");
        metrics.reminderUndelivered("whatsapp");
        assertThat(registry.get("saldo.plan.proposals").tag("decision", "auto_approved").counter().count()).isEqualTo(1);
        assertThat(registry.get("saldo.plan.proposals").tag("decision", "review").counter().count()).isEqualTo(2);
        assertThat(registry.get("saldo.reminders").tags("outcome", "sent", "channel", "email").counter().count()).isEqualTo(1);
        assertThat(registry.get("saldo.reminders").tags("outcome", "failed", "channel", "sms").counter().count()).isEqualTo(1);
        assertThat(registry.get("saldo.reminders").tags("outcome", "undelivered", "channel", "whatsapp").counter().count())
                .isEqualTo(1);
    }

    @Test
    void webhook_lag_is_timed_per_provider_and_a_clock_skewed_negative_lag_counts_as_zero() {
        metrics.webhookLag("stripe", Duration.ofMillis(1500));
        metrics.webhookLag("stripe", Duration.ofSeconds(-3));
        var timer = registry.get("saldo.webhook.lag").tag("provider", "stripe").timer();
        assertThat(timer.count()).isEqualTo(2);
        assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(1500);
    }

    @Test
    void a_tag_value_that_is_not_a_short_code_never_reaches_the_metrics() {
        metrics.reminderSent("ana.martinez@example.com");
        metrics.paymentFailed(null);
        assertThat(registry.get("saldo.reminders").tags("channel", "other").counter().count()).isEqualTo(1);
        assertThat(registry.get("saldo.payments").tags("currency", "other").counter().count()).isEqualTo(1);
        assertThat(registry.getMeters()).allSatisfy(meter -> assertThat(meter.getId().getTags().toString()).doesNotContain("@"));
    }
}
