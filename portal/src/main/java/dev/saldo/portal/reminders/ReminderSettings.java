package dev.saldo.portal.reminders;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code saldo.reminders.*}.
 *
 * @param planCron      when the daily planner writes due reminders to the outbox (portfolio time zone)
 * @param dispatchIntervalMillis how often the dispatcher looks for reminders to send
 * @param maxAttempts   tries of a passing failure (SMTP down) before a reminder is given up
 * @param firstRetry    the wait after the first passing failure; it doubles each time
 * @param longestRetry  the longest wait between two tries
 * @param sendingLease  how long a claimed reminder may stay "sending" before it is marked interrupted
 * @param batch         reminders claimed per dispatcher pass
 * @param sendingDayStarts when a reminder that fell on a day without sending goes out on the next sending day
 * @param planLongest   how long one planner run may go on before it leaves the rest for the next run (well
 *                      under its 30-minute lock, so no second instance starts while it runs)
 */
@ConfigurationProperties("saldo.reminders")
public record ReminderSettings(
        @DefaultValue("0 0 8 * * *") String planCron,
        @DefaultValue("60000") long dispatchIntervalMillis,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("5m") Duration firstRetry,
        @DefaultValue("6h") Duration longestRetry,
        @DefaultValue("15m") Duration sendingLease,
        @DefaultValue("100") int batch,
        @DefaultValue("08:00") LocalTime sendingDayStarts,
        @DefaultValue("20m") Duration planLongest) {
}
