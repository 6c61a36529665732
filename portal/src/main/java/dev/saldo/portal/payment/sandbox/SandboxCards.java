package dev.saldo.portal.payment.sandbox;

import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.money.Money;
import dev.saldo.portal.payment.CardGateway;
import dev.saldo.portal.payment.FailureReason;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Cards on file without Stripe: "saving" returns straight to the portal with a sandbox card, and
 * charges succeed, except for cards saved with a setup id ending in {@code chargeDeclined} or
 * {@code authenticationRequired} (named after Stripe's test cards). No real money, no card data.
 */
@Component
@ConditionalOnExpression("'${saldo.payment.stripe.secret-key:}' == ''")
class SandboxCards implements CardGateway {

    private static final String PREFIX = "sandbox-setup-";

    @Override
    public CardSetup startSetup(DebtorId debtor, String name, String email, Locale locale, Currency currency,
            String returnUrl, String cancelUrl) {
        var id = PREFIX + UUID.randomUUID();
        return new CardSetup(id, returnUrl + "?setup=" + id);
    }

    @Override
    public Optional<String> finishSetup(DebtorId debtor, String setupId) {
        return setupId.startsWith(PREFIX) ? Optional.of("pm_sandbox_" + setupId.substring(PREFIX.length()))
                : Optional.empty();
    }

    @Override
    public ChargeResult charge(DebtorId debtor, String paymentId, String paymentMethodId, Money amount,
            String idempotencyKey) {
        // Like Stripe's test cards: a setup id ending in one of these names saves a card that behaves so.
        if (paymentMethodId.endsWith("chargeDeclined")) {
            return new ChargeResult.Declined(FailureReason.CARD_DECLINED);
        }
        if (paymentMethodId.endsWith("authenticationRequired")) {
            return new ChargeResult.NeedsAuthentication("sandbox-" + paymentId);
        }
        return new ChargeResult.Paid("sandbox-" + paymentId);
    }

    @Override
    public void remove(String paymentMethodId) {
        // Nothing is kept anywhere else.
    }
}
