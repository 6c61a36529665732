/** How a debtor can be reached: channels and the rules a contact record must follow. */
package dev.saldo.domain.contact;
