/** Reading a debtor's history: segments by transparent rules, a risk score learnt from the portfolio, the work list. */
package dev.saldo.portal.staff.risk;
