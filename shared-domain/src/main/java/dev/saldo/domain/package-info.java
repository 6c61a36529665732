/** Saldo's shared domain: plain Java rules that the portal and the phone must agree on. */
package dev.saldo.domain;
