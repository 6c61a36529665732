package dev.saldo.domain.contact;

import java.util.Optional;

/** A way to reach a debtor. */
public enum Channel {
    EMAIL, SMS, WHATSAPP;

    /** The channel with this exact name, if there is one. */
    public static Optional<Channel> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (var channel : values()) {
            if (channel.name().equals(name.strip())) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
