/** Account activation end to end: browser, GreenMail as the SMTP server, and the built-in sign-in. */
package dev.saldo.portal.activation;
