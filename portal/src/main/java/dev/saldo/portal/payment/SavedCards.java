package dev.saldo.portal.payment;

import java.time.Clock;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.debtor.DebtorDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** A debtor saves a card for automatic installment charges, sees that it is saved, and removes it. */
@Service
public class SavedCards {

    /** Where the gateway sends the debtor back after saving a card. */
    public static final String RETURN_PATH = "plan/card";

    private static final Logger log = LoggerFactory.getLogger(SavedCards.class);

    private final CardGateway gateway;
    private final PaymentGateway payments;
    private final DebtorDirectory debtors;
    private final ReturnLinks links;
    private final MongoTemplate mongo;
    private final Clock clock;

    SavedCards(CardGateway gateway, PaymentGateway payments, DebtorDirectory debtors, ReturnLinks links,
            MongoTemplate mongo, Clock clock) {
        this.gateway = gateway;
        this.payments = payments;
        this.debtors = debtors;
        this.links = links;
        this.mongo = mongo;
        this.clock = clock;
    }

    public Optional<SavedCard> find(DebtorId debtor) {
        return Optional.ofNullable(mongo.findById(debtor.value(), SavedCard.class));
    }

    /** Opens the gateway's page to save a card; answers its address. */
    public String startSaving(DebtorId debtor, Currency currency, Locale locale) {
        var who = debtors.find(debtor);
        var setup = gateway.startSetup(debtor, who.map(d -> d.name()).orElse(debtor.value()),
                who.map(d -> d.email()).orElse(null), locale, currency, links.to(RETURN_PATH),
                links.to("plan"));
        return setup.url();
    }

    /** Keeps the card the debtor just saved (replacing an earlier one); false if the setup is not theirs or unfinished. */
    public boolean finishSaving(DebtorId debtor, String setupId) {
        if (setupId == null || setupId.isBlank()) {
            return false;
        }
        var method = gateway.finishSetup(debtor, setupId.strip());
        if (method.isEmpty()) {
            return false;
        }
        var previous = find(debtor);
        mongo.save(new SavedCard(debtor.value(), payments.name(), method.get(), clock.instant()));
        previous.filter(p -> !p.paymentMethodId().equals(method.get())).ifPresent(p -> forget(p.paymentMethodId()));
        return true;
    }

    /** Removes the card here and at the gateway; automatic charges stop. */
    public void remove(DebtorId debtor) {
        find(debtor).ifPresent(card -> {
            mongo.remove(card);
            forget(card.paymentMethodId());
        });
    }

    private void forget(String paymentMethodId) {
        try {
            gateway.remove(paymentMethodId);
        } catch (RuntimeException e) {
            // Removed on our side already: we will never charge it again.
            log.warn("The gateway did not confirm removing a saved card", e);
        }
    }
}
