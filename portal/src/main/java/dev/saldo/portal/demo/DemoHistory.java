package dev.saldo.portal.demo;

import java.util.List;

import dev.saldo.domain.api.ContactDetails;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.portal.debtor.ContactBook;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.timeline.DebtorTimeline;
import dev.saldo.portal.timeline.DisputeReason;
import dev.saldo.portal.timeline.Disputes;
import org.springframework.stereotype.Component;

/** Gives Ana a lived-in contact record and timeline: preferences, a message, a staff note and an open dispute. */
@Component
class DemoHistory {

    private final ContactBook contacts;
    private final DebtorTimeline timeline;
    private final Disputes disputes;
    private final InvoiceBook invoices;

    DemoHistory(ContactBook contacts, DebtorTimeline timeline, Disputes disputes, InvoiceBook invoices) {
        this.contacts = contacts;
        this.timeline = timeline;
        this.disputes = disputes;
        this.invoices = invoices;
    }

    void seedAna(DebtorId ana) {
        var current = contacts.find(ana).orElseThrow();
        contacts.update(ana, new ContactDetails(current.emails(),
                List.of(new ContactDetails.Phone(current.primaryPhone() == null ? "+56912345678" : current.primaryPhone(), true)),
                new ContactDetails.PostalAddress("Av. Providencia 1234, depto. 56", "Providencia", "RM", "7500000", "CL"),
                "WHATSAPP", "es", new ContactDetails.QuietHours("21:00", "09:00"),
                new ContactDetails.BackupContact("Pedro Martínez", "hermano", "+56987654321"), List.of("SMS"), null));
        timeline.sendMessage(ana, "Buenas tardes, ¿puedo pagar la factura de marzo en dos partes?");
        timeline.addNote(ana, "carla", "Llamó el martes; prefiere WhatsApp después de las 18:00.");
        // The invoice 12 days overdue: the demo's open dispute, which staff can resolve on the debtor 360.
        invoices.unsettled(ana).stream().filter(i -> i.daysOverdue() > 0 && i.daysOverdue() < 30).findFirst()
                .ifPresent(i -> disputes.open(ana, i.id(), DisputeReason.WRONG_AMOUNT,
                        "El monto no considera la nota de crédito que me enviaron."));
    }
}
