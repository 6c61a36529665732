/** The debtor's data as the screens ask for it: fetched from the portal, cached for offline reading, with the time it is from. */
package dev.saldo.mobile.account;
