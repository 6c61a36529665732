/** The activation screens: ask for the link, then set a password with it. */
package dev.saldo.portal.activation.ui;
