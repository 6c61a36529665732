/** Who is signed in and what they may do: built-in accounts, roles, and the link from an account to its debtor. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package dev.saldo.portal.identity;
