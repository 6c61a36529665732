package dev.saldo.domain.reminder;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The hours a debtor asked not to be contacted, in the portfolio's time zone; {@code from} after {@code to}
 * spans midnight (21:00–08:00).
 */
public record QuietHours(LocalTime from, LocalTime to) {

    public QuietHours {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        if (from.equals(to)) {
            throw new IllegalArgumentException("Quiet hours start and end at the same time");
        }
    }

    public boolean contains(LocalTime time) {
        return from.isBefore(to) ? !time.isBefore(from) && time.isBefore(to) : !time.isBefore(from) || time.isBefore(to);
    }

    /** When a message may go out: {@code at} itself outside quiet hours, else the end of these quiet hours. */
    public LocalDateTime nextAllowed(LocalDateTime at) {
        if (!contains(at.toLocalTime())) {
            return at;
        }
        var end = at.toLocalDate().atTime(to);
        return end.isAfter(at) ? end : end.plusDays(1);
    }

    /** Quiet hours from a contact record's "HH:mm" texts; none when either is missing or not a time. */
    public static Optional<QuietHours> parse(String from, String to) {
        var start = dev.saldo.domain.contact.ContactRules.time(from);
        var end = dev.saldo.domain.contact.ContactRules.time(to);
        return start == null || end == null || start.equals(end) ? Optional.empty() : Optional.of(new QuietHours(start, end));
    }
}
