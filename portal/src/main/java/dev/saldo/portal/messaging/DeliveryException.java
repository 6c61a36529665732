package dev.saldo.portal.messaging;

/**
 * A message did not go out. {@link #retryable()} tells a passing failure (the server is down, the
 * provider throttles) from one that will fail again (the address does not exist, the channel is off).
 */
public class DeliveryException extends Exception {

    private final boolean retryable;

    public DeliveryException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public DeliveryException(String message, boolean retryable) {
        this(message, retryable, null);
    }

    public boolean retryable() {
        return retryable;
    }
}
