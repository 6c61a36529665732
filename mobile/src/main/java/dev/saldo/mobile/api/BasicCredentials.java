package dev.saldo.mobile.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A built-in account of the embedded portal (e.g. ana / ana123), kept in memory only. */
public final class BasicCredentials implements Credentials {

    private final String user;
    private String header;

    public BasicCredentials(String user, String password) {
        this.user = user;
        this.header = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String authorization() {
        return header;
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public void forget() {
        header = null;
    }
}
