/** The offline sandbox gateway: a clearly labelled practice checkout inside the portal, no real money. */
package dev.saldo.portal.payment.sandbox;
