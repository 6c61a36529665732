/** Tests that the running portfolio figures always equal a recomputation, and of the figures derived from them. */
package dev.saldo.portal.staff.figures;
