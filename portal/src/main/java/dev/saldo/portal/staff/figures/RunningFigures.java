package dev.saldo.portal.staff.figures;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import dev.saldo.domain.invoice.AgingBucket;
import dev.saldo.portal.invoice.InvoiceChanged;
import dev.saldo.portal.invoice.InvoiceRegistered;
import dev.saldo.portal.invoice.InvoicesRegistered;
import dev.saldo.portal.invoice.PortfolioScan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Keeps the per-currency tallies up to date as things happen: a new invoice, any change to one (a payment
 * applied, a line added), a new day. Each is one {@code $inc} per currency; the daily roll only reads the invoices that cross a
 * bucket boundary that night (due yesterday, 31, 61 or 91 days ago), so no step grows with the
 * portfolio. Until the first rebuild there is no tally and events are left to it.
 */
@org.springframework.modulith.NamedInterface("figures")
@Service
public class RunningFigures {

    private static final Logger log = LoggerFactory.getLogger(RunningFigures.class);

    /** Days past due at which an open invoice enters the next bucket. */
    private static final List<Integer> BOUNDARIES = List.of(1, 31, 61, 91);

    private final FigureStore store;
    private final PortfolioScan scan;

    RunningFigures(FigureStore store, PortfolioScan scan) {
        this.store = store;
        this.scan = scan;
    }

    @EventListener
    public synchronized void on(InvoiceRegistered event) {
        store.asOf().ifPresent(day -> store.apply(Tally.ofInvoice(event.invoice(), day)));
    }

    /** A batch costs one {@code $inc} per currency, not one per invoice. */
    @EventListener
    public synchronized void on(InvoicesRegistered event) {
        store.asOf().ifPresent(day -> {
            var changes = new HashMap<String, Tally>();
            event.invoices().forEach(invoice -> changes.computeIfAbsent(invoice.currency().getCurrencyCode(), Tally::new)
                    .plus(Tally.ofInvoice(invoice, day)));
            changes.values().forEach(store::apply);
        });
    }

    @EventListener
    public synchronized void on(InvoiceChanged event) {
        store.asOf().ifPresent(day -> store.apply(Tally.ofChange(event.before(), event.after(), day)));
    }

    /** Ages the tallies day by day up to {@code today}, writing each day's snapshot; returns the days rolled. */
    public synchronized int rollTo(LocalDate today) {
        var asOf = store.asOf();
        if (asOf.isEmpty()) {
            return 0;
        }
        var day = asOf.get();
        var rolled = 0;
        while (day.isBefore(today)) {
            rollOneDay(day, day.plusDays(1));
            day = day.plusDays(1);
            rolled++;
        }
        if (rolled > 0) {
            log.info("Portfolio figures aged by {} day(s) to {}", rolled, day);
        }
        return rolled;
    }

    public Optional<LocalDate> asOf() {
        return store.asOf();
    }

    private void rollOneDay(LocalDate from, LocalDate to) {
        var crossing = BOUNDARIES.stream().map(days -> to.minusDays(days)).toList();
        var moves = new HashMap<String, Tally>();
        try (var invoices = scan.openDueOn(crossing)) {
            invoices.forEach(invoice -> {
                AgingBucket before = invoice.agingBucket(from);
                AgingBucket after = invoice.agingBucket(to);
                if (before != after) {
                    moves.computeIfAbsent(invoice.currency().getCurrencyCode(), Tally::new)
                            .move(before, after, invoice.openBalance().minorUnits());
                }
            });
        }
        moves.values().forEach(store::apply);
        store.setAsOf(to);
        for (var tally : store.tallies()) {
            store.writeSnapshot(DailySnapshot.of(tally.currency(), to, receivable(tally), overdue(tally)));
        }
    }

    static long receivable(Tally tally) {
        long sum = 0;
        for (var bucket : AgingBucket.values()) {
            sum += tally.open(bucket);
        }
        return sum;
    }

    static long overdue(Tally tally) {
        return receivable(tally) - tally.open(AgingBucket.CURRENT);
    }
}
