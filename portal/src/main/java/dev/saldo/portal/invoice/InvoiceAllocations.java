package dev.saldo.portal.invoice;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.function.UnaryOperator;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.Allocation;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.invoice.InvoiceLine;
import dev.saldo.domain.invoice.LineType;
import dev.saldo.domain.money.Money;
import org.springframework.stereotype.Service;

/**
 * Applies payments to invoices. Each change is one conditional write of one invoice document
 * ({@code @Version}), retried when another payment got there first, so concurrent payments can never
 * allocate more than an invoice owes. Every method is idempotent per payment reference.
 */
@Service
public class InvoiceAllocations {

    private final Invoices invoices;
    private final InvoiceUpdates updates;

    InvoiceAllocations(Invoices invoices, InvoiceUpdates updates) {
        this.invoices = invoices;
        this.updates = updates;
    }

    /** The debtor's unpaid invoices in one currency. */
    public List<Invoice> openInvoices(DebtorId debtor, Currency currency) {
        return invoices.findByDebtorIdAndSettledFalse(debtor.value()).stream()
                .filter(record -> record.currency().equals(currency.getCurrencyCode()))
                .map(InvoiceRecord::toDomain)
                .toList();
    }

    /** The currencies the debtor still owes money in, by code. */
    public List<Currency> currenciesOwed(DebtorId debtor) {
        return invoices.findByDebtorIdAndSettledFalse(debtor.value()).stream()
                .map(InvoiceRecord::currency).distinct().sorted().map(Currency::getInstance).toList();
    }

    /** The listed invoices that belong to the debtor; ids of other debtors' invoices are simply not found. */
    public List<Invoice> findAll(DebtorId debtor, Collection<InvoiceId> ids) {
        return ids.stream().distinct()
                .flatMap(id -> invoices.findByIdAndDebtorId(id.value(), debtor.value()).stream())
                .map(InvoiceRecord::toDomain)
                .toList();
    }

    /**
     * Allocates up to {@code requested} of a payment to the invoice, never more than it still owes.
     *
     * @return what was allocated: zero if the invoice was already paid, and the earlier amount if this
     *     payment reference was already allocated to it (a repeated confirmation changes nothing)
     */
    public Money allocate(DebtorId debtor, InvoiceId invoice, String reference, Money requested, LocalDate date) {
        var applied = new Money[1];
        update(debtor, invoice, current -> {
            var earlier = current.allocations().stream().filter(a -> a.paymentReference().equals(reference)).findFirst();
            if (earlier.isPresent()) {
                applied[0] = earlier.get().amount();
                return null;
            }
            var amount = requested.min(current.openBalance());
            applied[0] = amount;
            return amount.isPositive() ? current.withAllocation(Allocation.of(reference, amount, date)) : null;
        });
        return applied[0];
    }

    /**
     * Puts a refunded payment's share back on the invoice as new CHARGE lines, keeping the payment in
     * the history (corrections are lines, never edits): after it, the lines whose description starts
     * with {@code description} add up to {@code reopened}. Refunds arrive as running totals, so a
     * repeated or a growing refund only ever adds the difference.
     */
    public void reopen(DebtorId debtor, InvoiceId invoice, Money reopened, String description, LocalDate date) {
        update(debtor, invoice, current -> {
            var already = Money.sum(current.currency(), current.lines().stream()
                    .filter(l -> l.type() == LineType.CHARGE && l.description().startsWith(description))
                    .map(InvoiceLine::amount).toList());
            var missing = reopened.minus(already);
            return missing.isPositive()
                    ? current.withLine(InvoiceLine.of(LineType.CHARGE, description + " (" + reopened.amount().toPlainString() + ")",
                            missing, date))
                    : null;
        });
    }

    /**
     * Grants a discount the debtor was quoted, as a DISCOUNT line named {@code description}, once, and
     * only while the invoice still owes what was quoted ({@code paying} plus the discount).
     */
    public void grantDiscount(DebtorId debtor, InvoiceId invoice, String description, Money discount, Money paying,
            LocalDate date) {
        update(debtor, invoice, current -> current.lines().stream().anyMatch(l -> l.description().equals(description))
                || current.openBalance().compareTo(paying.plus(discount)) < 0
                ? null
                : current.withLine(InvoiceLine.of(LineType.DISCOUNT, description, discount, date)));
    }

    /**
     * Writes off what is left of an uncollectible invoice as a discount line naming the reason: the
     * invoice, its payments and the write-off stay on record, and it no longer counts as receivable.
     *
     * @return the amount written off; zero if nothing was open
     */
    public Money writeOff(DebtorId debtor, InvoiceId invoice, String description, LocalDate date) {
        var written = new Money[1];
        update(debtor, invoice, current -> {
            written[0] = current.openBalance();
            return written[0].isPositive()
                    ? current.withLine(InvoiceLine.of(LineType.DISCOUNT, description, written[0], date))
                    : null;
        });
        return written[0];
    }

    /** Reads, changes and writes one invoice under its version; {@code change} returns null for "nothing to do". */
    private void update(DebtorId debtor, InvoiceId id, UnaryOperator<Invoice> change) {
        updates.update(debtor, id, change);
    }
}
