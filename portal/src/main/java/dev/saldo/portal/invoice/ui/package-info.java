/** The debtor's own screens: balance, invoice list and invoice detail. */
package dev.saldo.portal.invoice.ui;
