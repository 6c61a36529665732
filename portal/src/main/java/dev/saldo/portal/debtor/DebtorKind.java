package dev.saldo.portal.debtor;

/** A person or a business; it changes how we address them, not what they owe. */
public enum DebtorKind {
    PERSON, BUSINESS
}
