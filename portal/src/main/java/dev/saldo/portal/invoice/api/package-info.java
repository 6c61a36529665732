/** The debtor's balance and invoices over REST ({@code /api/v1/me/...}), as JSON and as PDF. */
package dev.saldo.portal.invoice.api;
