/** Signing in: the portal's built-in accounts, or Keycloak through the system browser. */
package dev.saldo.mobile.signin;
