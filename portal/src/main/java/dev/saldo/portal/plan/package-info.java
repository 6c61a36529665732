/** Installment plans and promises to pay: proposals judged by the collection policy, staff review, lifecycle. */
package dev.saldo.portal.plan;
