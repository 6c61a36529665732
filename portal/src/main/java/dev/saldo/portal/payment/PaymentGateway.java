package dev.saldo.portal.payment;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.money.Money;

/** The port to whoever takes the money: Stripe in production, the sandbox when no Stripe key is set. */
public interface PaymentGateway {

    /** Short name stored on each attempt, e.g. {@code stripe} or {@code sandbox}. */
    String name();

    /** Opens a hosted checkout for the attempt; the same attempt id always opens the same checkout. */
    Checkout open(CheckoutRequest request);

    /** Asks the gateway how an attempt ended; empty while it is still open. */
    Optional<GatewayEvent> lookup(String paymentId, String sessionId);

    record CheckoutRequest(String paymentId, DebtorId debtor, String debtorName, String email, Locale locale,
            Currency currency, List<Line> lines, String successUrl, String cancelUrl) {

        public Money total() {
            return Money.sum(currency, lines.stream().map(Line::amount).toList());
        }
    }

    /** One line on the checkout page: an invoice and the part of it being paid. */
    record Line(String invoiceId, String description, Money amount) {
    }

    record Checkout(String sessionId, String url) {
    }
}
