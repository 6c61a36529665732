/** The debtor's own history (messages, disputes) and the staff's debtor timeline. */
package dev.saldo.portal.timeline.ui;
