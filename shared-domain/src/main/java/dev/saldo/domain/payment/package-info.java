/** Paying what is owed: how an amount is spread over invoices, and the rules an amount must meet. */
package dev.saldo.domain.payment;
