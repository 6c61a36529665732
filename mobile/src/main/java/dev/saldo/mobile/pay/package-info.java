/** Paying: the portal's payment page opens in the browser, and the balance refreshes when the debtor comes back. */
package dev.saldo.mobile.pay;
