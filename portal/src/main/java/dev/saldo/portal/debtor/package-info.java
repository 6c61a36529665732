/** The people and businesses that owe money: who they are and how to reach them. */
@org.springframework.modulith.ApplicationModule(displayName = "Debtors")
package dev.saldo.portal.debtor;
