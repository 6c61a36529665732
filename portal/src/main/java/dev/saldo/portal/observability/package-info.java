/** What operators see: business metrics for Prometheus, a request id on every log line, and health of the services the portal depends on. */
@org.springframework.modulith.ApplicationModule(displayName = "Observability")
package dev.saldo.portal.observability;
