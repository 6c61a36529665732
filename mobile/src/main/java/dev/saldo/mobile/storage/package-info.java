/** What the app keeps on the phone, in Attach's private storage: settings and the offline copy of the debtor's data. */
package dev.saldo.mobile.storage;
