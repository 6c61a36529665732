/** Installment plans and promises to pay: the collection policy, schedules, their lifecycle and events. */
package dev.saldo.domain.plan;
