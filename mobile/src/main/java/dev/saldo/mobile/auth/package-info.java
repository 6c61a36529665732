/** Keycloak sign-in on a phone: OIDC authorization code with PKCE through the system browser and a loopback redirect (RFC 8252). */
package dev.saldo.mobile.auth;
