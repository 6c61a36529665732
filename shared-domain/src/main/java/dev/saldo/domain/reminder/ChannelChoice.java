package dev.saldo.domain.reminder;

import dev.saldo.domain.contact.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The order in which a reminder tries its channels: the last channel that reached this debtor first, then
 * the debtor's preferred one, then the step's own order. A channel the debtor opted out of is left out,
 * unless the notice is legally required; a channel the debtor has no address for is left out.
 */
public final class ChannelChoice {

    private ChannelChoice() {
    }

    public static List<Channel> order(List<Channel> stepChannels, Channel lastWorked, Channel preferred,
            Set<Channel> optedOut, boolean legallyRequired, Set<Channel> reachable) {
        var usable = stepChannels.stream().filter(reachable::contains)
                .filter(c -> legallyRequired || !optedOut.contains(c)).toList();
        var ordered = new ArrayList<Channel>();
        for (var first : new Channel[] {lastWorked, preferred}) {
            if (first != null && usable.contains(first) && !ordered.contains(first)) {
                ordered.add(first);
            }
        }
        usable.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    /** The wait before retry number {@code attempt} (1 = after the first failure): doubling, capped. */
    public static java.time.Duration backoff(int attempt, java.time.Duration first, java.time.Duration cap) {
        var wait = first.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
        return wait.compareTo(cap) > 0 ? cap : wait;
    }
}
