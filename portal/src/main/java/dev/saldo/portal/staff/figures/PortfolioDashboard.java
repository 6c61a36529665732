package dev.saldo.portal.staff.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.OptionalInt;

import dev.saldo.domain.invoice.AgingBucket;
import dev.saldo.domain.money.Money;
import dev.saldo.portal.staff.StaffSettings;
import dev.saldo.portal.staff.figures.CurrencyFigures.BucketFigure;
import org.springframework.stereotype.Service;

/** Reads the dashboard from the running figures: a few small documents, whatever the portfolio's size. */
@org.springframework.modulith.NamedInterface("figures")
@Service
public class PortfolioDashboard {

    /** How far the DSO countback looks before it gives up. */
    private static final int COUNTBACK_MONTHS = 24;

    private final FigureStore store;
    private final StaffSettings settings;

    PortfolioDashboard(FigureStore store, StaffSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    public List<CurrencyFigures> figures() {
        var asOf = store.asOf().orElse(null);
        if (asOf == null) {
            return List.of();
        }
        return store.tallies().stream().filter(t -> RunningFigures.receivable(t) > 0 || !t.isEmpty())
                .map(t -> figures(t, asOf)).toList();
    }

    /** The daily snapshots for the chart, ending with the live figures for the current day. */
    public List<HistoryPoint> history(CurrencyFigures current) {
        var currency = current.currency();
        var points = new ArrayList<HistoryPoint>();
        for (var snapshot : store.snapshots(currency.getCurrencyCode(), current.asOf().minusDays(settings.historyDays() - 1L))) {
            if (snapshot.date().isBefore(current.asOf())) {
                points.add(new HistoryPoint(snapshot.date(), Money.ofMinor(snapshot.receivable(), currency),
                        Money.ofMinor(snapshot.overdue(), currency)));
            }
        }
        points.add(new HistoryPoint(current.asOf(), current.receivable(), current.overdue()));
        return points;
    }

    static CurrencyFigures figures(Tally tally, LocalDate asOf) {
        var currency = Currency.getInstance(tally.currency());
        var buckets = new ArrayList<BucketFigure>();
        for (var bucket : AgingBucket.values()) {
            buckets.add(new BucketFigure(bucket, Money.ofMinor(tally.open(bucket), currency), tally.invoices(bucket)));
        }
        var receivable = RunningFigures.receivable(tally);
        return new CurrencyFigures(currency, asOf, Money.ofMinor(receivable, currency),
                Money.ofMinor(RunningFigures.overdue(tally), currency), List.copyOf(buckets),
                daysSalesOutstanding(tally, receivable, asOf), collectionRate(tally, receivable, asOf, 30),
                collectionRate(tally, receivable, asOf, 90));
    }

    /**
     * Countback: walk back month by month from the current one, taking each month's billing off the
     * receivable, counting its days, until what is left is covered by a fraction of a month.
     */
    static OptionalInt daysSalesOutstanding(Tally tally, long receivable, LocalDate asOf) {
        if (receivable <= 0) {
            return OptionalInt.of(0);
        }
        double days = 0;
        double left = receivable;
        var month = YearMonth.from(asOf);
        for (int i = 0; i < COUNTBACK_MONTHS; i++, month = month.minusMonths(1)) {
            var daysInPeriod = i == 0 ? asOf.getDayOfMonth() : month.lengthOfMonth();
            var billed = tally.billedIn(month);
            if (billed > 0 && left <= billed) {
                return OptionalInt.of((int) Math.round(days + left / billed * daysInPeriod));
            }
            left -= Math.max(0, billed);
            days += daysInPeriod;
        }
        return OptionalInt.empty();
    }

    /** Collected over the last {@code days} as a share of collected plus what is still receivable. */
    static OptionalInt collectionRate(Tally tally, long receivable, LocalDate asOf, int days) {
        long collected = 0;
        for (int i = 0; i < days; i++) {
            collected += tally.collectedOn(asOf.minusDays(i));
        }
        var base = collected + receivable;
        return base <= 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.round(collected * 100.0 / base));
    }
}
