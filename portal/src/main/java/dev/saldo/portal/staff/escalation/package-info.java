/** Escalating a debtor to an agency or legal, reversing it, writing off uncollectible invoices, the case file. */
package dev.saldo.portal.staff.escalation;
