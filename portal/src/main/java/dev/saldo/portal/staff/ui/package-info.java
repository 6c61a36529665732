/** The staff screens: the portfolio dashboard with its charts and the drill into an aging bucket. */
package dev.saldo.portal.staff.ui;
