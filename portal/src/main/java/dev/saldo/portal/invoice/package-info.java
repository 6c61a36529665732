/** What a debtor owes: invoices, their lines and allocated payments, balances and aging. */
@org.springframework.modulith.ApplicationModule(displayName = "Invoices")
package dev.saldo.portal.invoice;
