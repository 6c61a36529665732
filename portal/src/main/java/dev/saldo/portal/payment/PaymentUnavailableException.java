package dev.saldo.portal.payment;

/** The gateway could not open a checkout; nothing was charged and the debtor can try again. */
public class PaymentUnavailableException extends RuntimeException {

    public PaymentUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
