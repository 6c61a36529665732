/** The first screen after sign-in: what the debtor owes, what falls due next, and how the plan is going. */
package dev.saldo.mobile.home;
