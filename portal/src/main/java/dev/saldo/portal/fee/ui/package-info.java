/** Staff screens for fees: the rules per currency (supervisors) and waiving a fee with a reason. */
package dev.saldo.portal.fee.ui;
