/** All HTTP to the portal: the client with its timeouts and retries, credentials, and problem details made readable. */
package dev.saldo.mobile.api;
