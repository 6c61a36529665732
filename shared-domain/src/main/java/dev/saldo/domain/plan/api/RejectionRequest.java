package dev.saldo.domain.plan.api;

/** Staff reject a proposal with a reason the debtor will read. */
public record RejectionRequest(String reason) {
}
