package dev.saldo.mobile.api;

/** How requests prove who is asking: HTTP Basic with a built-in account, or a Keycloak bearer token. */
public interface Credentials {

    /** The {@code Authorization} header value, refreshed first if it is about to expire. */
    String authorization() throws ApiException;

    /** The account name shown on the profile and used to keep each person's cache apart. */
    String user();

    /** Forgets any secret held in memory or storage. */
    default void forget() {
    }
}
