/** Tests that the audit log records staff actions and offers no way to change them. */
package dev.saldo.portal.audit;
