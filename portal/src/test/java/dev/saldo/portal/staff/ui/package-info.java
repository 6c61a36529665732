/** Browserless tests of the staff screens. */
package dev.saldo.portal.staff.ui;
