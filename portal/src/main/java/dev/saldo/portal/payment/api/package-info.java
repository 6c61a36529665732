/** Payments over REST for the phone app. */
package dev.saldo.portal.payment.api;
