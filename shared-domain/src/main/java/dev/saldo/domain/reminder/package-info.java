/** When to remind a debtor and how: dunning steps, installment and promise reminders, quiet hours, channel choice. */
package dev.saldo.domain.reminder;
