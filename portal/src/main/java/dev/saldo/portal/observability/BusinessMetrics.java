package dev.saldo.portal.observability;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * The business counters operators watch in Prometheus. Capabilities call these instead of touching
 * Micrometer, so names and tags stay consistent. Tag values are short codes (currency, channel), never
 * personal data or ids: anything else is reported as {@code other} so a metric cannot grow without bound.
 */
@Component
public class BusinessMetrics {

    static final String PAYMENTS = "saldo.payments";
    static final String PROPOSALS = "saldo.plan.proposals";
    static final String REMINDERS = "saldo.reminders";
    static final String WEBHOOK_LAG = "saldo.webhook.lag";

    private static final Pattern CODE = Pattern.compile("[a-z0-9_-]{1,24}");

    private final MeterRegistry registry;

    BusinessMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A payment the provider confirmed, by ISO currency code. */
    public void paymentSucceeded(String currency) {
        counter(PAYMENTS, "The provider confirmed a payment", "outcome", "succeeded", "currency", currency).increment();
    }

    /** A payment the provider declined or that errored, by ISO currency code. */
    public void paymentFailed(String currency) {
        counter(PAYMENTS, "The provider declined a payment or it failed", "outcome", "failed", "currency", currency).increment();
    }

    /** An installment-plan proposal the policy approved on its own. */
    public void proposalAutoApproved() {
        counter(PROPOSALS, "Installment-plan proposals by decision", "decision", "auto_approved").increment();
    }

    /** An installment-plan proposal sent to a person for review. */
    public void proposalSentToReview() {
        counter(PROPOSALS, "Installment-plan proposals by decision", "decision", "review").increment();
    }

    /** A reminder handed to its channel (email, sms, push…). */
    public void reminderSent(String channel) {
        counter(REMINDERS, "Reminders by outcome and channel", "outcome", "sent", "channel", channel).increment();
    }

    /** A reminder its channel did not take. */
    public void reminderFailed(String channel) {
        counter(REMINDERS, "Reminders by outcome and channel", "outcome", "failed", "channel", channel).increment();
    }

    /** A reminder the provider had accepted on {@code channel} but reported undelivered. */
    public void reminderUndelivered(String channel) {
        counter(REMINDERS, "Reminders by outcome and channel", "outcome", "undelivered", "channel", channel).increment();
    }

    /** Time from the provider creating an event to the portal handling it (negative lags count as zero). */
    public void webhookLag(String provider, Duration lag) {
        Timer.builder(WEBHOOK_LAG).description("From the provider creating a webhook event to its handling")
                .tag("provider", code(provider)).publishPercentileHistogram()
                .register(registry).record(lag.isNegative() ? Duration.ZERO : lag);
    }

    private Counter counter(String name, String description, String... tags) {
        var safe = tags.clone();
        for (int i = 1; i < safe.length; i += 2) {
            safe[i] = code(safe[i]);
        }
        return Counter.builder(name).description(description).tags(safe).register(registry);
    }

    static String code(String value) {
        if (value == null) {
            return "other";
        }
        var lower = value.strip().toLowerCase(Locale.ROOT);
        return CODE.matcher(lower).matches() ? lower : "other";
    }
}
