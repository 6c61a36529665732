package dev.saldo.domain.balance;

import static java.util.Objects.requireNonNull;

import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceStatus;
import dev.saldo.domain.money.Money;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A debtor's balance, one line per currency they still owe in, ordered by currency code. */
public record BalanceSummary(List<CurrencyBalance> balances) {

    public BalanceSummary {
        balances = List.copyOf(requireNonNull(balances, "balances must not be null"));
    }

    public static BalanceSummary of(Collection<Invoice> invoices, LocalDate today) {
        requireNonNull(invoices, "invoices must not be null");
        requireNonNull(today, "today must not be null");
        Map<String, List<Invoice>> unpaidByCurrency = invoices.stream()
                .map(invoice -> requireNonNull(invoice, "invoices must not contain null"))
                .filter(invoice -> !invoice.isPaid())
                .collect(Collectors.groupingBy(invoice -> invoice.currency().getCurrencyCode(), TreeMap::new,
                        Collectors.toList()));
        return new BalanceSummary(unpaidByCurrency.values().stream()
                .map(unpaid -> balanceOf(unpaid, today))
                .toList());
    }

    public boolean isSettled() {
        return balances.isEmpty();
    }

    private static CurrencyBalance balanceOf(List<Invoice> unpaid, LocalDate today) {
        Currency currency = unpaid.getFirst().currency();
        List<Invoice> overdue = unpaid.stream()
                .filter(invoice -> invoice.status(today) == InvoiceStatus.OVERDUE)
                .toList();
        LocalDate nextDueDate = unpaid.stream()
                .map(Invoice::dueDate)
                .filter(dueDate -> !dueDate.isBefore(today))
                .min(Comparator.naturalOrder())
                .orElse(null);
        return new CurrencyBalance(currency, openBalance(currency, unpaid), openBalance(currency, overdue),
                unpaid.size(), overdue.size(), nextDueDate);
    }

    private static Money openBalance(Currency currency, List<Invoice> invoices) {
        return Money.sum(currency, invoices.stream().map(Invoice::openBalance).toList());
    }
}
