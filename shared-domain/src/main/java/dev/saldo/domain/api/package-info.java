/** JSON shapes of the portal's REST API, shared by the portal (which writes them) and the phone (which reads them). */
package dev.saldo.domain.api;
