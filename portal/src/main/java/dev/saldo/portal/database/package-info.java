/** Which MongoDB the portal talks to: a real one from the URI, or the embedded wire-protocol server persisted in H2. */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package dev.saldo.portal.database;
