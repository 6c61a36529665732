/** Running portfolio figures: per-currency tallies kept by events and the daily aging roll, rebuilt from scratch on demand. */
@org.springframework.modulith.NamedInterface("figures")
package dev.saldo.portal.staff.figures;
