/** Whole-database export and import as a gzipped JSON-lines archive, for the embedded default (production uses mongodump). */
package dev.saldo.portal.database.backup;
