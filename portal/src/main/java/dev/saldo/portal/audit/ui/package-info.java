/** The supervisors' view of the audit log, filtered and paged from the database. */
package dev.saldo.portal.audit.ui;
