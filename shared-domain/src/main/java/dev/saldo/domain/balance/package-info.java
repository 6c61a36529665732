/** What a debtor owes in total, per currency, as the portal and the phone show it. */
package dev.saldo.domain.balance;
