/** The debtor's timeline: every contact, payment, plan, promise, note, message and dispute, fed by other modules' events. */
@org.springframework.modulith.ApplicationModule(displayName = "Timeline")
package dev.saldo.portal.timeline;
