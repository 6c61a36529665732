/** Paying what is owed: payment attempts, the gateway port, confirmation onto invoices, receipts and reconciliation. */
@org.springframework.modulith.ApplicationModule(displayName = "Payments")
package dev.saldo.portal.payment;
