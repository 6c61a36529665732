package dev.saldo.mobile.account;

import java.time.Instant;
import java.util.Optional;

/**
 * Something a screen shows and how current it is: fresh from the portal, or the cached copy from
 * {@code asOf} with the reason the portal could not be asked ({@code offline}).
 */
public record Loaded<T>(T value, Instant asOf, Optional<String> offline) {

    public static <T> Loaded<T> fresh(T value, Instant asOf) {
        return new Loaded<>(value, asOf, Optional.empty());
    }

    public boolean isFresh() {
        return offline.isEmpty();
    }
}
