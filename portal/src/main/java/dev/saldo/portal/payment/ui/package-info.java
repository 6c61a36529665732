/** The debtor's payment screens: choose and preview, result, history and receipts. */
package dev.saldo.portal.payment.ui;
