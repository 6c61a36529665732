/** The collection team's workspace: portfolio overview now; work queues, reviews and escalation as they land. */
@org.springframework.modulith.ApplicationModule(displayName = "Staff workspace")
package dev.saldo.portal.staff;
