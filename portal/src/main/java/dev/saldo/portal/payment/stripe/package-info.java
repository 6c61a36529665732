/** Stripe adapter: Checkout Sessions, customers and the signed webhook. */
package dev.saldo.portal.payment.stripe;
