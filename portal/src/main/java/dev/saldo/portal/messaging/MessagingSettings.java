package dev.saldo.portal.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code saldo.messaging.*}: which channels are on and who the messages come from. */
@ConfigurationProperties("saldo.messaging")
public record MessagingSettings(@DefaultValue Email email) {

    /**
     * @param enabled send e-mail through {@code spring.mail.*}; off by default
     * @param from    the sender address debtors see
     */
    public record Email(@DefaultValue("false") boolean enabled,
            @DefaultValue("Saldo <no-reply@saldo.example>") String from) {
    }
}
