package dev.saldo.portal.staff.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

import dev.saldo.domain.invoice.AgingBucket;
import dev.saldo.domain.invoice.Invoice;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One currency's running figures, or a change to them: open amount and open invoices per aging bucket,
 * amount billed per issue month (for DSO) and collected per day (for the collection rate), all in
 * minor units. The same shape serves as a stored tally, as the {@code $inc} an event applies to it and
 * as the sum a rebuild adds up, so that "running" and "recomputed" are compared like for like.
 */
public final class Tally {

    private final String currency;
    private final Map<String, Long> open = new TreeMap<>();
    private final Map<String, Long> invoices = new TreeMap<>();
    private final Map<String, Long> billed = new TreeMap<>();
    private final Map<String, Long> collected = new TreeMap<>();

    Tally(String currency) {
        this.currency = currency;
    }

    static Tally of(TallyDocument document) {
        var tally = new Tally(document.currency());
        tally.putAll(tally.open, document.open());
        tally.putAll(tally.invoices, document.invoices());
        tally.putAll(tally.billed, document.billed());
        tally.putAll(tally.collected, document.collected());
        return tally;
    }

    /** What one invoice contributes to the figures as of a day: the definition both paths share. */
    static Tally ofInvoice(Invoice invoice, LocalDate asOf) {
        var tally = new Tally(invoice.currency().getCurrencyCode());
        tally.add(tally.billed, YearMonth.from(invoice.issueDate()).toString(),
                invoice.original().plus(invoice.fees()).minus(invoice.discounts()).minorUnits());
        invoice.allocations().forEach(a -> tally.add(tally.collected, a.date().toString(), a.amount().minorUnits()));
        if (!invoice.isPaid()) {
            var bucket = invoice.agingBucket(asOf).name();
            tally.add(tally.open, bucket, invoice.openBalance().minorUnits());
            tally.add(tally.invoices, bucket, 1);
        }
        return tally;
    }

    /**
     * Any change to an invoice (a payment, a new line): what it contributes after, less what it
     * contributed before, so every kind of change is counted by the same definition.
     */
    static Tally ofChange(Invoice before, Invoice after, LocalDate asOf) {
        return ofInvoice(after, asOf).plus(ofInvoice(before, asOf).negated());
    }

    /** An open invoice moving from one bucket to the next overnight. */
    void move(AgingBucket from, AgingBucket to, long amount) {
        add(open, from.name(), -amount);
        add(invoices, from.name(), -1);
        add(open, to.name(), amount);
        add(invoices, to.name(), 1);
    }

    Tally negated() {
        var negated = new Tally(currency);
        open.forEach((k, v) -> negated.open.put(k, -v));
        invoices.forEach((k, v) -> negated.invoices.put(k, -v));
        billed.forEach((k, v) -> negated.billed.put(k, -v));
        collected.forEach((k, v) -> negated.collected.put(k, -v));
        return negated;
    }

    Tally plus(Tally other) {
        other.open.forEach((k, v) -> add(open, k, v));
        other.invoices.forEach((k, v) -> add(invoices, k, v));
        other.billed.forEach((k, v) -> add(billed, k, v));
        other.collected.forEach((k, v) -> add(collected, k, v));
        return this;
    }

    /** The atomic change to the stored tally. */
    Update asIncrement() {
        var update = new Update();
        open.forEach((k, v) -> update.inc("open." + k, v));
        invoices.forEach((k, v) -> update.inc("invoices." + k, v));
        billed.forEach((k, v) -> update.inc("billed." + k, v));
        collected.forEach((k, v) -> update.inc("collected." + k, v));
        return update;
    }

    TallyDocument asDocument() {
        return new TallyDocument(currency, Map.copyOf(open), Map.copyOf(invoices), Map.copyOf(billed), Map.copyOf(collected));
    }

    public String currency() {
        return currency;
    }

    public long open(AgingBucket bucket) {
        return open.getOrDefault(bucket.name(), 0L);
    }

    public long invoices(AgingBucket bucket) {
        return invoices.getOrDefault(bucket.name(), 0L);
    }

    public long billedIn(YearMonth month) {
        return billed.getOrDefault(month.toString(), 0L);
    }

    public long collectedOn(LocalDate day) {
        return collected.getOrDefault(day.toString(), 0L);
    }

    boolean isEmpty() {
        return open.isEmpty() && invoices.isEmpty() && billed.isEmpty() && collected.isEmpty();
    }

    private void putAll(Map<String, Long> target, Map<String, Long> source) {
        if (source != null) {
            source.forEach((k, v) -> add(target, k, v));
        }
    }

    /** Adds and drops zeros, so that equal figures compare equal however they were reached. */
    private void add(Map<String, Long> target, String key, long amount) {
        var sum = target.getOrDefault(key, 0L) + amount;
        if (sum == 0) {
            target.remove(key);
        } else {
            target.put(key, sum);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tally other && currency.equals(other.currency) && open.equals(other.open)
                && invoices.equals(other.invoices) && billed.equals(other.billed) && collected.equals(other.collected);
    }

    @Override
    public int hashCode() {
        return currency.hashCode();
    }

    @Override
    public String toString() {
        return currency + " open=" + open + " invoices=" + invoices + " billed=" + billed + " collected=" + collected;
    }
}
