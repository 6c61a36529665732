/** Picks the app's language (Spanish first, English otherwise) and reads the views' message bundles in it. */
package dev.saldo.mobile.i18n;
