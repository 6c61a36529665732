/** Tests of escalation, write-off and the case file against the demo portfolio. */
package dev.saldo.portal.staff.escalation;
