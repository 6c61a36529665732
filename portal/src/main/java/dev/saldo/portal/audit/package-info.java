/** The append-only record of what staff did: who, when, what, before and after. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package dev.saldo.portal.audit;
