package dev.saldo.domain.plan.api;

/** A policy reason: its stable code (the message key) and the sentence in the caller's language. */
public record ReasonView(String code, String message) {
}
