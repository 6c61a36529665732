package dev.saldo.portal.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import dev.saldo.domain.api.ContactDetails;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.debtor.ContactBook;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.payment.PaymentLinkOpening;
import dev.saldo.portal.payment.PaymentLinkSettings;
import dev.saldo.portal.payment.PaymentLinks;
import dev.saldo.portal.timeline.DebtorTimeline;
import dev.saldo.portal.timeline.DisputeReason;
import dev.saldo.portal.timeline.Disputes;
import org.springframework.stereotype.Component;

/**
 * Gives Ana a lived-in contact record and timeline: preferences, an opened payment link, a message, a staff note
 * and an open dispute.
 */
@Component
class DemoHistory {

    private final ContactBook contacts;
    private final DebtorTimeline timeline;
    private final Disputes disputes;
    private final InvoiceBook invoices;
    private final PaymentLinks links;
    private final PaymentLinkOpening opening;
    private final PaymentLinkSettings linkSettings;
    private final Clock clock;

    DemoHistory(ContactBook contacts, DebtorTimeline timeline, Disputes disputes, InvoiceBook invoices,
            PaymentLinks links, PaymentLinkOpening opening, PaymentLinkSettings linkSettings, Clock clock) {
        this.contacts = contacts;
        this.timeline = timeline;
        this.disputes = disputes;
        this.invoices = invoices;
        this.links = links;
        this.opening = opening;
        this.linkSettings = linkSettings;
        this.clock = clock;
    }

    void seedAna(DebtorId ana) {
        var current = contacts.find(ana).orElseThrow();
        contacts.update(ana, new ContactDetails(current.emails(),
                List.of(new ContactDetails.Phone(current.primaryPhone() == null ? "+56912345678" : current.primaryPhone(), true)),
                new ContactDetails.PostalAddress("Av. Providencia 1234, depto. 56", "Providencia", "RM", "7500000", "CL"),
                "WHATSAPP", "es", new ContactDetails.QuietHours("21:00", "09:00"),
                new ContactDetails.BackupContact("Pedro Martínez", "hermano", "+56987654321"), List.of("SMS"), null));
        // She opened the payment link of a reminder sent three days ago.
        var sentThreeDaysAgo = clock.instant().minus(Duration.ofDays(3)).plus(linkSettings.validity());
        opening.open(links.token(ana, "demo-reminder", sentThreeDaysAgo), ana);
        timeline.sendMessage(ana, "Buenas tardes, ¿puedo pagar la factura de marzo en dos partes?");
        timeline.addNote(ana, "carla", "Llamó el martes; prefiere WhatsApp después de las 18:00.");
        // The invoice 12 days overdue: the demo's open dispute, which staff can resolve on the debtor 360.
        invoices.unsettled(ana).stream().filter(i -> i.daysOverdue() > 0 && i.daysOverdue() < 30).findFirst()
                .ifPresent(i -> disputes.open(ana, i.id(), DisputeReason.WRONG_AMOUNT,
                        "El monto no considera la nota de crédito que me enviaron."));
    }
}
