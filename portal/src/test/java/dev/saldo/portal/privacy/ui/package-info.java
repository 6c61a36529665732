/** Browserless tests of the data-protection screens. */
package dev.saldo.portal.privacy.ui;
