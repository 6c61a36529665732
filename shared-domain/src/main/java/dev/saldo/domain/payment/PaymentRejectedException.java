package dev.saldo.domain.payment;

import dev.saldo.domain.money.Money;

/**
 * A payment the rules do not allow. {@code limit} is the amount the reason refers to (the minimum, or
 * what is owed), so the message can say it; it is null when no amount applies.
 */
public class PaymentRejectedException extends IllegalArgumentException {

    private final transient PaymentRejection reason;
    private final transient Money limit;

    public PaymentRejectedException(PaymentRejection reason, Money limit) {
        super("Payment rejected: " + reason + (limit == null ? "" : " (" + limit + ")"));
        this.reason = reason;
        this.limit = limit;
    }

    public PaymentRejection reason() {
        return reason;
    }

    public Money limit() {
        return limit;
    }
}
