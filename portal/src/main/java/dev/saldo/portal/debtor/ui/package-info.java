/** The debtor's own contact screen and the page that confirms a new e-mail address. */
package dev.saldo.portal.debtor.ui;
