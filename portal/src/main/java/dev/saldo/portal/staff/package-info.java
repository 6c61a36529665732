/** The collection team's workspace: the portfolio dashboard on running figures; work queues, reviews and escalation as they land. */
@org.springframework.modulith.ApplicationModule(displayName = "Staff workspace")
package dev.saldo.portal.staff;
