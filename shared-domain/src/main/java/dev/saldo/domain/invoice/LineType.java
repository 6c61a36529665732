package dev.saldo.domain.invoice;

/** What a line does to the balance: charges and fees add to it, discounts take from it. */
public enum LineType {
    CHARGE,
    FEE,
    DISCOUNT
}
