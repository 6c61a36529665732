/** The debtor's contact details over REST ({@code /api/v1/me/contact}). */
package dev.saldo.portal.debtor.api;
