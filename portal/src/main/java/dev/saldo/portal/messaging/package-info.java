/**
 * Sending a message to a debtor on one channel: e-mail through SMTP, SMS and WhatsApp through a provider.
 * Knows nothing of invoices or reminders; the reminder engine decides what to send, when and to whom.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messaging")
package dev.saldo.portal.messaging;
