/**
 * The reminder engine: dunning schedules per portfolio, installment and promise reminders, a daily planner
 * over an indexed next-action date that writes due reminders to an outbox, and a dispatcher that sends them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reminders")
package dev.saldo.portal.reminders;
