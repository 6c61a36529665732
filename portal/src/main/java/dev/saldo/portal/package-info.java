/** Saldo's portal: the debtor self-service site, the staff workspace and the REST API, one package per capability. */
package dev.saldo.portal;
