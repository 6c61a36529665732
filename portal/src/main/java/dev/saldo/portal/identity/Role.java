package dev.saldo.portal.identity;

/** What a signed-in person is to Saldo. Authorities are {@code ROLE_} plus the name. */
public enum Role {
    DEBTOR, AGENT, SUPERVISOR;

    public static final String DEBTOR_NAME = "DEBTOR";
    public static final String AGENT_NAME = "AGENT";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isStaff() {
        return this != DEBTOR;
    }
}
