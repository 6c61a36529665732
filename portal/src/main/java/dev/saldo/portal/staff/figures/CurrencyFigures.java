package dev.saldo.portal.staff.figures;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.OptionalInt;

import dev.saldo.domain.invoice.AgingBucket;
import dev.saldo.domain.money.Money;

/**
 * What the dashboard shows for one currency as of a day.
 *
 * @param dsoDays days sales outstanding by the countback method; empty when nothing was billed to count back
 * @param collectionRate30 percent of what was owed over the last 30 days that came in (collected ÷ (collected + receivable))
 */
@org.springframework.modulith.NamedInterface("figures")
public record CurrencyFigures(Currency currency, LocalDate asOf, Money receivable, Money overdue,
        List<BucketFigure> buckets, OptionalInt dsoDays, OptionalInt collectionRate30, OptionalInt collectionRate90) {

    /** One aging bucket's open amount and invoice count. */
    public record BucketFigure(AgingBucket bucket, Money amount, long invoices) {
    }

    /** Overdue share of the receivable, in whole percent. */
    public int overduePercent() {
        return receivable.isZero() ? 0 : (int) Math.round(overdue.minorUnits() * 100.0 / receivable.minorUnits());
    }

    public long openInvoices() {
        return buckets.stream().mapToLong(BucketFigure::invoices).sum();
    }

    public BucketFigure bucket(AgingBucket bucket) {
        return buckets.get(bucket.ordinal());
    }
}
