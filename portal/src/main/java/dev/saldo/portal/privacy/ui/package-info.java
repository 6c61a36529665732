/** The screens of data protection: the debtor's "My data" and the supervisor's erasure form. */
package dev.saldo.portal.privacy.ui;
