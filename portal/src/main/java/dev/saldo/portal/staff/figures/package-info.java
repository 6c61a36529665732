/** Running portfolio figures: per-currency tallies kept by events and the daily aging roll, rebuilt from scratch on demand. */
package dev.saldo.portal.staff.figures;
