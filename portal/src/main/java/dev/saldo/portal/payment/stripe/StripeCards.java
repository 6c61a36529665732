package dev.saldo.portal.payment.stripe;

import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

import com.stripe.StripeClient;
import com.stripe.exception.CardException;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionRetrieveParams;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.money.Money;
import dev.saldo.portal.payment.CardGateway;
import dev.saldo.portal.payment.FailureReason;
import dev.saldo.portal.payment.PaymentSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Cards on file with Stripe: Checkout in setup mode saves the card to the debtor's Stripe Customer
 * (we keep only the PaymentMethod id), off-session PaymentIntents charge it with our idempotency key,
 * and a bank asking for 3-D Secure ({@code authentication_required}) is reported so the debtor can pay
 * on-session instead.
 */
@Component
@ConditionalOnExpression("'${saldo.payment.stripe.secret-key:}' != ''")
class StripeCards implements CardGateway {

    private final StripeClient stripe;
    private final StripeGateway customers;

    StripeCards(PaymentSettings settings, StripeGateway customers) {
        this.stripe = StripeClientFactory.create(settings.stripe());
        this.customers = customers;
    }

    @Override
    public CardSetup startSetup(DebtorId debtor, String name, String email, Locale locale, Currency currency,
            String returnUrl, String cancelUrl) {
        var params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.SETUP)
                .setCustomer(customers.customerFor(debtor, name, email, locale))
                .addPaymentMethodType(SessionCreateParams.PaymentMethodType.CARD)
                .setSuccessUrl(returnUrl + "?setup={CHECKOUT_SESSION_ID}")
                .setCancelUrl(cancelUrl)
                .setLocale("en".equals(locale.getLanguage()) ? SessionCreateParams.Locale.EN : SessionCreateParams.Locale.ES)
                .putMetadata(StripeGateway.DEBTOR_ID, debtor.value())
                .setSetupIntentData(SessionCreateParams.SetupIntentData.builder()
                        .putMetadata(StripeGateway.DEBTOR_ID, debtor.value()).build())
                .build();
        try {
            var session = stripe.v1().checkout().sessions().create(params);
            return new CardSetup(session.getId(), session.getUrl());
        } catch (StripeException e) {
            throw new IllegalStateException("Stripe refused to open a card setup for debtor " + debtor, e);
        }
    }

    @Override
    public Optional<String> finishSetup(DebtorId debtor, String setupId) {
        Session session;
        try {
            session = stripe.v1().checkout().sessions().retrieve(setupId,
                    SessionRetrieveParams.builder().addExpand("setup_intent").build());
        } catch (StripeException e) {
            return Optional.empty();
        }
        var customer = customers.knownCustomer(debtor);
        // Someone else's setup session, or one never completed, saves nothing.
        if (customer == null || !customer.equals(session.getCustomer()) || !"complete".equals(session.getStatus())
                || session.getSetupIntentObject() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(session.getSetupIntentObject().getPaymentMethod());
    }

    @Override
    public ChargeResult charge(DebtorId debtor, String paymentId, String paymentMethodId, Money amount,
            String idempotencyKey) {
        var customer = customers.knownCustomer(debtor);
        if (customer == null) {
            return new ChargeResult.Declined(FailureReason.PROCESSING_ERROR);
        }
        var params = PaymentIntentCreateParams.builder()
                .setAmount(StripeAmounts.of(amount))
                .setCurrency(StripeAmounts.currency(amount))
                .setCustomer(customer)
                .setPaymentMethod(paymentMethodId)
                .setOffSession(true)
                .setConfirm(true)
                .putMetadata(StripeGateway.PAYMENT_ID, paymentId)
                .putMetadata(StripeGateway.DEBTOR_ID, debtor.value())
                .build();
        try {
            var intent = stripe.v1().paymentIntents().create(params, StripeGateway.idempotent(idempotencyKey));
            return switch (intent.getStatus()) {
                case "succeeded" -> new ChargeResult.Paid(intent.getId());
                case "requires_action" -> new ChargeResult.NeedsAuthentication(intent.getId());
                default -> new ChargeResult.Declined(FailureReason.PROCESSING_ERROR);
            };
        } catch (CardException declined) {
            if ("authentication_required".equals(declined.getCode())) {
                var intent = declined.getStripeError() == null ? null : declined.getStripeError().getPaymentIntent();
                return new ChargeResult.NeedsAuthentication(intent == null ? null : intent.getId());
            }
            return new ChargeResult.Declined(FailureReason.fromDeclineCode(declined.getDeclineCode()));
        } catch (StripeException e) {
            throw new IllegalStateException("Stripe did not charge the saved card for payment " + paymentId, e);
        }
    }

    @Override
    public void remove(String paymentMethodId) {
        try {
            stripe.v1().paymentMethods().detach(paymentMethodId);
        } catch (StripeException e) {
            throw new IllegalStateException("Stripe did not detach a saved card", e);
        }
    }
}
