/** Who owes: the debtor's identity as the rest of the domain refers to it. */
package dev.saldo.domain.debtor;
