/** Tests of the ERP import and export against the embedded database. */
package dev.saldo.portal.importer;
