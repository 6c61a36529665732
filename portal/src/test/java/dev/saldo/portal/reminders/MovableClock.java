package dev.saldo.portal.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock in the portfolio's time zone that a test sets to a local date and time, or moves on. */
final class MovableClock extends Clock {

    private final ZoneId zone = ZoneId.of("America/Santiago");
    private volatile Instant now;

    MovableClock(LocalDateTime start) {
        set(start);
    }

    void set(LocalDateTime local) {
        now = local.atZone(zone).toInstant();
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    LocalDateTime local() {
        return LocalDateTime.ofInstant(now, zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return now;
    }
}
