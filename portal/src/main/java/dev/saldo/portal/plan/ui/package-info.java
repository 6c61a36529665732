/** Screens for debtors' plans and promises and for staff's review queue and policy form. */
package dev.saldo.portal.plan.ui;
