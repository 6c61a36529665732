/** The debtor's contact data (saved through the API), the app's language and portal address, and signing out. */
package dev.saldo.mobile.profile;
