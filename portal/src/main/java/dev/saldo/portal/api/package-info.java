/** What every REST endpoint gets for free: problem details in the caller's language, rate limits, and 404 for unknown paths. */
@org.springframework.modulith.ApplicationModule(displayName = "REST API")
package dev.saldo.portal.api;
