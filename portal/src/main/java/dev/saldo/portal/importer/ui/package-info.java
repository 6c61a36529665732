/** The supervisor's upload screen with progress and the rejection report, and the CSV download. */
package dev.saldo.portal.importer.ui;
