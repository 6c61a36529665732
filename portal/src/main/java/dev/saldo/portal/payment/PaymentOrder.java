package dev.saldo.portal.payment;

import java.util.Currency;
import java.util.List;

import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.money.Money;

/**
 * What a debtor asks to pay: some invoices (none means everything they owe in {@code currency}) and
 * an amount (null means all of it).
 */
public record PaymentOrder(Currency currency, List<InvoiceId> invoices, Money amount) {

    public PaymentOrder {
        invoices = invoices == null ? List.of() : List.copyOf(invoices);
    }

    public static PaymentOrder wholeBalance(Currency currency) {
        return new PaymentOrder(currency, List.of(), null);
    }
}
