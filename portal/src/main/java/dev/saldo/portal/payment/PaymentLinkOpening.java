package dev.saldo.portal.payment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import dev.saldo.domain.debtor.DebtorId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A payment link being opened by a signed-in debtor. Only a valid link made for that very debtor opens;
 * every other case — expired, forged, malformed, someone else's — is the same empty answer, so a link
 * never tells whether another debtor exists.
 */
@Service
public class PaymentLinkOpening {

    private final PaymentLinks links;
    private final PaymentLinkSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentLinkOpening(PaymentLinks links, PaymentLinkSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.links = links;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    public Optional<PaymentLinks.PaymentLink> open(String token, DebtorId viewer) {
        var link = links.verify(token).filter(valid -> valid.debtor().equals(viewer));
        link.ifPresent(valid -> events.publishEvent(new PaymentLinkOpened(valid.debtor(), valid.reference(),
                // Links carry their expiry only; the day they were made is that minus the validity they got.
                LocalDate.ofInstant(valid.expiresAt().minus(settings.validity()), clock.getZone()), clock.instant())));
        return link;
    }
}
