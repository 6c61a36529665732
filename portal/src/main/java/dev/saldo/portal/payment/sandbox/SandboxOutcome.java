package dev.saldo.portal.payment.sandbox;

/** What the practice checkout lets the debtor make happen. */
public enum SandboxOutcome {
    SUCCESS, DECLINE, DELAYED_SUCCESS
}
