package dev.saldo.portal.staff.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.saldo.domain.invoice.Invoice;
import dev.saldo.portal.audit.AuditAction;
import dev.saldo.portal.audit.AuditLog;
import dev.saldo.portal.identity.Role;
import dev.saldo.portal.identity.SaldoUser;
import dev.saldo.portal.invoice.PortfolioScan;
import dev.saldo.portal.staff.StaffSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Recomputes the portfolio figures from every invoice, in one pass over a cursor: the tallies as of
 * today and, from lines' and payments' dates, the daily receivable and overdue for the chart's
 * history. Memory is per currency and day, never per invoice. Used when the running figures are
 * missing or in doubt, and by the test that proves running and recomputed figures agree.
 */
@org.springframework.modulith.NamedInterface("figures")
@Service
public class FigureRebuild {

    /** What a rebuild found. */
    @org.springframework.modulith.NamedInterface("figures")
    public record Result(LocalDate asOf, long invoices, int currencies) {
    }

    private static final Logger log = LoggerFactory.getLogger(FigureRebuild.class);

    private final PortfolioScan scan;
    private final FigureStore store;
    private final RunningFigures running;
    private final StaffSettings settings;
    private final Clock clock;
    private final AuditLog audit;

    FigureRebuild(PortfolioScan scan, FigureStore store, RunningFigures running, StaffSettings settings, Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.scan = scan;
        this.store = store;
        this.running = running;
        this.settings = settings;
        this.clock = clock;
    }

    /** A supervisor's rebuild from the dashboard; nobody else may start one. */
    public Result rebuildFor(SaldoUser user) {
        if (!user.roles().contains(Role.SUPERVISOR)) {
            throw new AccessDeniedException(user.getUsername() + " is not a supervisor and may not rebuild the figures");
        }
        log.info("Portfolio figures rebuild requested by {}", user.getUsername());
        var before = summary(running());
        var result = rebuild();
        audit.record(user.getUsername(), AuditAction.FIGURES_REBUILD, "portfolio", before, summary(running()));
        return result;
    }

    /** Replaces the running figures and their history with a recomputation as of today. */
    public Result rebuild() {
        var today = LocalDate.now(clock);
        var started = System.nanoTime();
        synchronized (running) {
            var history = new History(today.minusDays(settings.historyDays() - 1L), settings.historyDays());
            var tallies = new TreeMap<String, Tally>();
            long count;
            try (var invoices = scan.everyInvoice()) {
                count = invoices.peek(invoice -> {
                    tallies.computeIfAbsent(invoice.currency().getCurrencyCode(), Tally::new).plus(Tally.ofInvoice(invoice, today));
                    history.add(invoice);
                }).count();
            }
            store.replaceTallies(tallies.values());
            store.replaceSnapshots(history.snapshots());
            store.setAsOf(today);
            log.info("Portfolio figures rebuilt from {} invoices in {} currencies as of {} in {} ms", count,
                    tallies.size(), today, (System.nanoTime() - started) / 1_000_000);
            return new Result(today, count, tallies.size());
        }
    }

    /** The figures a rebuild would write as of {@code asOf}, without writing them. */
    public Map<String, Tally> recompute(LocalDate asOf) {
        var tallies = new TreeMap<String, Tally>();
        try (var invoices = scan.everyInvoice()) {
            invoices.forEach(invoice -> tallies.computeIfAbsent(invoice.currency().getCurrencyCode(), Tally::new)
                    .plus(Tally.ofInvoice(invoice, asOf)));
        }
        tallies.values().removeIf(Tally::isEmpty);
        return tallies;
    }

    /** Receivable per currency in minor units, as the audit log keeps it. */
    private static String summary(Map<String, Tally> tallies) {
        var parts = new ArrayList<String>();
        tallies.forEach((currency, tally) -> parts.add(currency + " " + RunningFigures.receivable(tally)));
        return String.join("; ", parts);
    }

    /** The running figures as stored, by currency. */
    public Map<String, Tally> running() {
        var tallies = new TreeMap<String, Tally>();
        store.tallies().stream().filter(t -> !t.isEmpty()).forEach(t -> tallies.put(t.currency(), t));
        return tallies;
    }

    /** Daily receivable and overdue per currency, reconstructed from the dates on lines and payments. */
    private static final class History {

        private final LocalDate first;
        private final int days;
        private final Map<String, long[][]> byCurrency = new HashMap<>();

        History(LocalDate first, int days) {
            this.first = first;
            this.days = days;
        }

        void add(Invoice invoice) {
            var sums = byCurrency.computeIfAbsent(invoice.currency().getCurrencyCode(), c -> new long[2][days]);
            for (int i = 0; i < days; i++) {
                var day = first.plusDays(i);
                if (invoice.issueDate().isAfter(day)) {
                    continue;
                }
                var open = openOn(invoice, day);
                sums[0][i] += open;
                if (invoice.dueDate().isBefore(day)) {
                    sums[1][i] += open;
                }
            }
        }

        /** Charges and discounts count from issue, fees from their own date, payments from theirs. */
        private static long openOn(Invoice invoice, LocalDate day) {
            long open = 0;
            for (var line : invoice.lines()) {
                var amount = line.amount().minorUnits();
                switch (line.type()) {
                    case CHARGE -> open += amount;
                    case DISCOUNT -> open -= amount;
                    case FEE -> open += line.date() == null || !line.date().isAfter(day) ? amount : 0;
                }
            }
            for (var allocation : invoice.allocations()) {
                if (!allocation.date().isAfter(day)) {
                    open -= allocation.amount().minorUnits();
                }
            }
            return Math.max(0, open);
        }

        Collection<DailySnapshot> snapshots() {
            var snapshots = new ArrayList<DailySnapshot>();
            byCurrency.forEach((currency, sums) -> {
                for (int i = 0; i < days; i++) {
                    snapshots.add(DailySnapshot.of(currency, first.plusDays(i), sums[0][i], sums[1][i]));
                }
            });
            return List.copyOf(snapshots);
        }
    }
}
