/** Self-service account activation: invoice number plus a verifier, a one-time link by e-mail, a password. */
@org.springframework.modulith.ApplicationModule(displayName = "Account activation")
package dev.saldo.portal.activation;
