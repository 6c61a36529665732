package dev.saldo.domain.invoice;

import static java.util.Objects.requireNonNull;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.money.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;

/**
 * An invoice whose open balance is derived from its lines and allocations every time it is asked,
 * never stored, so it cannot drift from them; corrections are new lines, not edits.
 */
public final class Invoice {

    private final InvoiceId id;
    private final DebtorId debtorId;
    private final String number;
    private final LocalDate issueDate;
    private final LocalDate dueDate;
    private final List<InvoiceLine> lines;
    private final List<Allocation> allocations;

    private Invoice(InvoiceId id, DebtorId debtorId, String number, LocalDate issueDate, LocalDate dueDate,
            List<InvoiceLine> lines, List<Allocation> allocations) {
        this.id = requireNonNull(id, "invoice id must not be null");
        this.debtorId = requireNonNull(debtorId, "debtor id must not be null");
        this.number = requireNonNull(number, "invoice number must not be null").strip();
        this.issueDate = requireNonNull(issueDate, "issue date must not be null");
        this.dueDate = requireNonNull(dueDate, "due date must not be null");
        this.lines = List.copyOf(requireNonNull(lines, "lines must not be null"));
        this.allocations = List.copyOf(requireNonNull(allocations, "allocations must not be null"));
        if (this.number.isEmpty()) {
            throw new IllegalArgumentException("Invoice number must not be blank");
        }
        if (dueDate.isBefore(issueDate)) {
            throw new IllegalArgumentException(
                    "Invoice " + this.number + " is due on " + dueDate + ", before its issue date " + issueDate);
        }
        if (this.lines.stream().noneMatch(line -> line.type() == LineType.CHARGE)) {
            throw new IllegalArgumentException("Invoice " + this.number + " needs at least one CHARGE line");
        }
        requireOneCurrency();
        if (openBalance().isNegative()) {
            throw new IllegalArgumentException("Invoice " + this.number + " would have a negative open balance: "
                    + openBalance() + " (allocated " + allocated() + ")");
        }
    }

    public static Invoice of(InvoiceId id, DebtorId debtorId, String number, LocalDate issueDate, LocalDate dueDate,
            List<InvoiceLine> lines, List<Allocation> allocations) {
        return new Invoice(id, debtorId, number, issueDate, dueDate, lines, allocations);
    }

    public Invoice withLine(InvoiceLine line) {
        requireNonNull(line, "line must not be null");
        return new Invoice(id, debtorId, number, issueDate, dueDate, append(lines, line), allocations);
    }

    /** @throws OverAllocationException if the allocation is more than the invoice still owes */
    public Invoice withAllocation(Allocation allocation) {
        requireNonNull(allocation, "allocation must not be null");
        Money open = openBalance();
        if (allocation.amount().compareTo(open) > 0) {
            throw new OverAllocationException(open, allocation.amount());
        }
        return new Invoice(id, debtorId, number, issueDate, dueDate, lines, append(allocations, allocation));
    }

    public Money original() {
        return total(LineType.CHARGE);
    }

    public Money fees() {
        return total(LineType.FEE);
    }

    public Money discounts() {
        return total(LineType.DISCOUNT);
    }

    public Money allocated() {
        return Money.sum(currency(), allocations.stream().map(Allocation::amount).toList());
    }

    public Money openBalance() {
        return original().plus(fees()).minus(discounts()).minus(allocated());
    }

    public boolean isPaid() {
        return openBalance().isZero();
    }

    public boolean isPartiallyPaid() {
        return !allocations.isEmpty() && openBalance().isPositive();
    }

    public InvoiceStatus status(LocalDate today) {
        requireNonNull(today, "today must not be null");
        if (isPaid()) {
            return InvoiceStatus.PAID;
        }
        return today.isAfter(dueDate) ? InvoiceStatus.OVERDUE : InvoiceStatus.OPEN;
    }

    /** Days past the due date (the due date itself is day 0); 0 once paid. */
    public long daysOverdue(LocalDate today) {
        requireNonNull(today, "today must not be null");
        if (isPaid()) {
            return 0;
        }
        return Math.max(0, ChronoUnit.DAYS.between(dueDate, today));
    }

    public AgingBucket agingBucket(LocalDate today) {
        return AgingBucket.forDaysOverdue(daysOverdue(today));
    }

    /** The currency of the first charge; the constructor guarantees every other amount matches it. */
    public Currency currency() {
        return lines.stream()
                .filter(line -> line.type() == LineType.CHARGE)
                .findFirst()
                .orElseThrow()
                .amount()
                .currency();
    }

    public InvoiceId id() {
        return id;
    }

    public DebtorId debtorId() {
        return debtorId;
    }

    public String number() {
        return number;
    }

    public LocalDate issueDate() {
        return issueDate;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public List<InvoiceLine> lines() {
        return lines;
    }

    public List<Allocation> allocations() {
        return allocations;
    }

    @Override
    public String toString() {
        return "Invoice " + number + " (" + id + ") due " + dueDate + ", open " + openBalance();
    }

    private Money total(LineType type) {
        return Money.sum(currency(), lines.stream().filter(line -> line.type() == type).map(InvoiceLine::amount).toList());
    }

    private void requireOneCurrency() {
        Currency currency = currency();
        Stream.concat(lines.stream().map(InvoiceLine::amount), allocations.stream().map(Allocation::amount))
                .map(Money::currency)
                .filter(other -> !other.equals(currency))
                .findFirst()
                .ifPresent(other -> {
                    throw new IllegalArgumentException("Invoice " + number + " mixes currencies "
                            + currency.getCurrencyCode() + " and " + other.getCurrencyCode());
                });
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }
}
