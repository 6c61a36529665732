/** JSON shapes of the portal's REST API, shared so the phone reads exactly what the portal writes. */
package dev.saldo.domain.api;
