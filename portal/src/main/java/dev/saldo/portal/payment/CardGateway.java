package dev.saldo.portal.payment;

import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.money.Money;

/**
 * The port for a card kept on file: saving it on a page the gateway hosts (we only ever store the
 * gateway's payment-method id), charging it while the debtor is away, and removing it.
 */
public interface CardGateway {

    /** Opens the gateway's page where the debtor saves a card; {@code returnUrl} gets {@code ?setup=<id>}. */
    CardSetup startSetup(DebtorId debtor, String name, String email, Locale locale, Currency currency, String returnUrl,
            String cancelUrl);

    /** The saved payment method once the debtor finished; empty if the setup is unfinished or not theirs. */
    Optional<String> finishSetup(DebtorId debtor, String setupId);

    /** Charges a saved card off-session; the same idempotency key never charges twice. */
    ChargeResult charge(DebtorId debtor, String paymentId, String paymentMethodId, Money amount, String idempotencyKey);

    /** Tells the gateway to forget the card. */
    void remove(String paymentMethodId);

    record CardSetup(String setupId, String url) {
    }

    /** How an off-session charge ended. */
    sealed interface ChargeResult {

        /** The money was taken; {@code reference} is the gateway's payment id. */
        record Paid(String reference) implements ChargeResult {
        }

        /** The bank wants the cardholder present (3-D Secure): the debtor must pay on-session. */
        record NeedsAuthentication(String reference) implements ChargeResult {
        }

        record Declined(FailureReason reason) implements ChargeResult {
        }
    }
}
