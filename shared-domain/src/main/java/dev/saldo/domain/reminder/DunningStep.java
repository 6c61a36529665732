package dev.saldo.domain.reminder;

import static java.util.Objects.requireNonNull;

import dev.saldo.domain.contact.Channel;
import java.util.List;

/**
 * One step of a dunning schedule: sent {@code offsetDays} after the due date (negative: before it), in a
 * tone, on the first of its channels that reaches the debtor.
 */
public record DunningStep(int offsetDays, Tone tone, List<Channel> channels) {

    public static final int EARLIEST = -30;
    public static final int LATEST = 365;

    public DunningStep {
        requireNonNull(tone, "tone");
        channels = List.copyOf(channels);
        if (offsetDays < EARLIEST || offsetDays > LATEST) {
            throw new IllegalArgumentException("A step is between " + EARLIEST + " and " + LATEST + " days from the due date");
        }
        if (channels.isEmpty() || channels.stream().distinct().count() != channels.size()) {
            throw new IllegalArgumentException("A step needs at least one channel, each once");
        }
    }
}
