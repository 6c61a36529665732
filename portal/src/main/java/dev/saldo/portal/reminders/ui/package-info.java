/** Staff screens of the reminder engine: the dunning schedule editor and the outbox. */
package dev.saldo.portal.reminders.ui;
