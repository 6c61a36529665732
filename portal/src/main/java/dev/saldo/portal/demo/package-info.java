/** A realistic demo portfolio and the demo accounts, seeded into an empty database when enabled. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package dev.saldo.portal.demo;
