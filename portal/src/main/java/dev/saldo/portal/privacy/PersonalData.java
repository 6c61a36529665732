package dev.saldo.portal.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.saldo.domain.api.ContactDetails;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.money.Money;
import dev.saldo.portal.debtor.Debtor;

/**
 * Everything Saldo holds about one debtor, as they download it (JSON). Amounts are decimal strings. The
 * contact record is null for a debtor who never had one; the timeline is what the debtor sees of it
 * (everything but staff's internal notes), oldest first, worded in the debtor's language.
 */
public record PersonalData(Instant exportedAt, Person debtor, List<String> logins, ContactDetails contact,
        List<InvoiceData> invoices, List<TimelineLine> timeline) {

    public record Person(String id, String externalId, String name, String kind, String taxId, String email,
            String phone, String postalCode, String country, String language) {

        static Person of(Debtor d) {
            return new Person(d.id(), d.externalId(), d.name(), d.kind() == null ? null : d.kind().name(), d.taxId(),
                    d.email(), d.phone(), d.postalCode(), d.country(), d.language());
        }
    }

    public record InvoiceData(String number, LocalDate issueDate, LocalDate dueDate, String currency, String original,
            String fees, String discounts, String paid, String open, List<Line> lines, List<Payment> payments) {

        static InvoiceData of(Invoice i) {
            return new InvoiceData(i.number(), i.issueDate(), i.dueDate(), i.currency().getCurrencyCode(),
                    amount(i.original()), amount(i.fees()), amount(i.discounts()), amount(i.allocated()),
                    amount(i.openBalance()),
                    i.lines().stream().map(l -> new Line(l.type().name(), l.description(), amount(l.amount()), l.date())).toList(),
                    i.allocations().stream().map(a -> new Payment(a.paymentReference(), amount(a.amount()), a.date())).toList());
        }
    }

    /** One timeline entry: when, what kind, what happened (in words), who, and the invoice it is about if any. */
    public record TimelineLine(Instant at, String kind, String text, String actor, String invoiceId) {
    }

    public record Line(String type, String description, String amount, LocalDate date) {
    }

    public record Payment(String reference, String amount, LocalDate date) {
    }

    static String amount(Money money) {
        return money.amount().toPlainString();
    }
}
