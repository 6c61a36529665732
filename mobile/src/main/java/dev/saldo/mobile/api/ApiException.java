package dev.saldo.mobile.api;

/**
 * A request that did not give what was asked, with a sentence a debtor can read. {@link Kind#OFFLINE}
 * means the portal could not be reached, so a screen may fall back to what it cached.
 */
public final class ApiException extends Exception {

    public enum Kind { OFFLINE, SIGNED_OUT, REFUSED, NOT_FOUND, UNEXPECTED }

    private final Kind kind;
    private final int status;

    public ApiException(Kind kind, int status, String message) {
        super(message);
        this.kind = kind;
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return status;
    }

    public boolean isOffline() {
        return kind == Kind.OFFLINE;
    }
}
