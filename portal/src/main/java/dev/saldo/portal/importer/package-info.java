/** Debtors and invoices in and out as CSV in the shape an ERP exports: streaming, validated row by row, idempotent. */
@org.springframework.modulith.ApplicationModule(displayName = "ERP import and export")
package dev.saldo.portal.importer;
