package dev.saldo.portal.payment.stripe;

import java.util.Locale;
import java.util.Optional;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionCreateParams.LineItem;
import com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData;
import com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData.ProductData;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.payment.FailureReason;
import dev.saldo.portal.payment.GatewayEvent;
import dev.saldo.portal.payment.PaymentGateway;
import dev.saldo.portal.payment.PaymentSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Stripe Checkout in payment mode: one Stripe Customer per debtor, one session per attempt with a line
 * per invoice, our attempt id in the metadata and as the idempotency key, so a retried request can
 * never open a second checkout for the same attempt.
 */
@Component
@ConditionalOnExpression("'${saldo.payment.stripe.secret-key:}' != ''")
class StripeGateway implements PaymentGateway {

    static final String PAYMENT_ID = "saldo_payment_id";
    static final String DEBTOR_ID = "saldo_debtor_id";
    static final String INVOICE_ID = "saldo_invoice_id";

    private final StripeClient stripe;
    private final MongoTemplate mongo;

    StripeGateway(PaymentSettings settings, MongoTemplate mongo) {
        this.stripe = StripeClientFactory.create(settings.stripe());
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "stripe";
    }

    @Override
    public Checkout open(CheckoutRequest request) {
        var params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setCustomer(customerFor(request))
                .setClientReferenceId(request.paymentId())
                .setSuccessUrl(request.successUrl())
                .setCancelUrl(request.cancelUrl())
                .setLocale("en".equals(request.locale().getLanguage()) ? SessionCreateParams.Locale.EN
                        : SessionCreateParams.Locale.ES)
                .putMetadata(PAYMENT_ID, request.paymentId())
                .putMetadata(DEBTOR_ID, request.debtor().value())
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .putMetadata(PAYMENT_ID, request.paymentId())
                        .putMetadata(DEBTOR_ID, request.debtor().value())
                        .build());
        for (var line : request.lines()) {
            params.addLineItem(LineItem.builder()
                    .setQuantity(1L)
                    .setPriceData(PriceData.builder()
                            .setCurrency(StripeAmounts.currency(line.amount()))
                            .setUnitAmount(StripeAmounts.of(line.amount()))
                            .setProductData(ProductData.builder()
                                    .setName(line.description())
                                    .putMetadata(INVOICE_ID, line.invoiceId())
                                    .build())
                            .build())
                    .build());
        }
        try {
            var session = stripe.v1().checkout().sessions().create(params.build(), idempotent("checkout-" + request.paymentId()));
            return new Checkout(session.getId(), session.getUrl());
        } catch (StripeException e) {
            throw new IllegalStateException("Stripe refused to open a checkout for " + request.paymentId(), e);
        }
    }

    @Override
    public Optional<GatewayEvent> lookup(String paymentId, String sessionId) {
        try {
            return outcomeOf(paymentId, stripe.v1().checkout().sessions().retrieve(sessionId));
        } catch (StripeException e) {
            throw new IllegalStateException("Could not read checkout session " + sessionId, e);
        }
    }

    static Optional<GatewayEvent> outcomeOf(String paymentId, Session session) {
        var status = session.getStatus() == null ? "open" : session.getStatus();
        return switch (status) {
            case "complete" -> Optional.of("unpaid".equals(session.getPaymentStatus())
                    ? new GatewayEvent.Processing(paymentId, session.getPaymentIntent())
                    : new GatewayEvent.Succeeded(paymentId, session.getPaymentIntent()));
            case "expired" -> Optional.of(new GatewayEvent.Expired(paymentId));
            default -> Optional.empty();
        };
    }

    private String customerFor(CheckoutRequest request) {
        return customerFor(request.debtor(), request.debtorName(), request.email(), request.locale());
    }

    /** The debtor's Stripe Customer, created the first time they pay or save a card, and remembered from then on. */
    String customerFor(DebtorId debtor, String name, String email, Locale locale) {
        var known = knownCustomer(debtor);
        if (known != null) {
            return known;
        }
        var created = createCustomer(debtor, name, email, locale);
        try {
            mongo.insert(new StripeCustomer(debtor.value(), created));
            return created;
        } catch (DuplicateKeyException concurrent) {
            return knownCustomer(debtor);
        }
    }

    /** The debtor's Stripe Customer id, or null if they never became one. */
    String knownCustomer(DebtorId debtor) {
        var known = mongo.findById(debtor.value(), StripeCustomer.class);
        return known == null ? null : known.customerId();
    }

    private String createCustomer(DebtorId debtor, String name, String email, Locale locale) {
        var params = CustomerCreateParams.builder().setName(name).putMetadata(DEBTOR_ID, debtor.value())
                .addPreferredLocale(locale.getLanguage());
        if (email != null && !email.isBlank()) {
            params.setEmail(email);
        }
        try {
            return stripe.v1().customers().create(params.build(), idempotent("customer-" + debtor.value())).getId();
        } catch (StripeException e) {
            throw new IllegalStateException("Stripe refused to create a customer for debtor " + debtor, e);
        }
    }

    static RequestOptions idempotent(String key) {
        return RequestOptions.builder().setIdempotencyKey(key).build();
    }

    static FailureReason reasonOf(String declineCode) {
        return FailureReason.fromDeclineCode(declineCode);
    }
}
