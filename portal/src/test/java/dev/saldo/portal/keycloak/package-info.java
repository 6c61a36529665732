/** Integration tests against a real Keycloak started from the dist zip, once per test run. */
package dev.saldo.portal.keycloak;
