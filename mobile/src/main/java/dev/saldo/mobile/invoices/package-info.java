/** The debtor's invoices: the list, one invoice's figures, lines and payments, and its PDF in the system viewer. */
package dev.saldo.mobile.invoices;
