/** The first screen a debtor sees, with the bottom navigation between the app's destinations. */
package dev.saldo.mobile.home;
