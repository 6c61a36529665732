/** What is owed: invoices whose open balance is derived from their lines and allocated payments. */
package dev.saldo.domain.invoice;
