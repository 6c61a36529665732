package dev.saldo.portal.payment.stripe;

import java.time.Clock;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import dev.saldo.portal.payment.PaymentSettings;
import dev.saldo.portal.payment.PaymentSettlement;
import dev.saldo.portal.payment.WebhookReceived;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/stripe}: only events signed with the endpoint secret and younger than the
 * tolerance are read; anything else is a 400 and changes nothing. Each event id is applied once.
 */
@RestController
class StripeWebhookController {

    static final String PATH = "/webhooks/stripe";
    private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);

    private final PaymentSettings.Stripe settings;
    private final StripeEvents events;
    private final PaymentSettlement settlement;
    private final org.springframework.context.ApplicationEventPublisher published;
    private final Clock clock;

    StripeWebhookController(PaymentSettings settings, StripeEvents events, PaymentSettlement settlement,
            org.springframework.context.ApplicationEventPublisher published, Clock clock) {
        this.published = published;
        this.settings = settings.stripe();
        this.events = events;
        this.settlement = settlement;
        this.clock = clock;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receive(@RequestBody(required = false) String payload,
            @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        var secret = settings.webhookSecret();
        if (secret == null || secret.isBlank() || signature == null || payload == null) {
            return ResponseEntity.badRequest().build();
        }
        Event event;
        try {
            event = Webhook.constructEvent(payload, signature, secret, settings.tolerance().toSeconds(), clock);
        } catch (SignatureVerificationException e) {
            log.warn("Refused a Stripe webhook: {}", e.getMessage());
            return ResponseEntity.badRequest().build();
        } catch (RuntimeException malformed) {
            log.warn("Refused an unreadable Stripe webhook: {}", malformed.getMessage());
            return ResponseEntity.badRequest().build();
        }
        published.publishEvent(new WebhookReceived("stripe", java.time.Instant.ofEpochSecond(event.getCreated()),
                clock.instant()));
        if (settlement.alreadyProcessed(event.getId())) {
            return ResponseEntity.ok().build();
        }
        java.util.Optional<dev.saldo.portal.payment.GatewayEvent> outcome;
        try {
            outcome = events.translate(event);
        } catch (IllegalArgumentException unreadable) {
            // Signed but not understood: a redelivery would not help, so say so instead of failing with 500.
            log.warn("Refused Stripe event {}: {}", event.getId(), unreadable.getMessage());
            return ResponseEntity.badRequest().build();
        }
        outcome.ifPresentOrElse(o -> settlement.apply(event.getId(), event.getType(), o),
                () -> log.debug("Stripe event {} ({}) is not about a Saldo payment", event.getId(), event.getType()));
        return ResponseEntity.ok().build();
    }
}
