package dev.saldo.portal.staff.figures;

import java.time.LocalDate;

import dev.saldo.domain.invoice.AgingBucket;

/** The due dates that put an open invoice in an aging bucket on a given day (null: no limit). */
public record AgingRange(LocalDate dueFrom, LocalDate dueTo) {

    public static AgingRange of(AgingBucket bucket, LocalDate day) {
        return switch (bucket) {
            case CURRENT -> new AgingRange(day, null);
            case DAYS_1_30 -> new AgingRange(day.minusDays(30), day.minusDays(1));
            case DAYS_31_60 -> new AgingRange(day.minusDays(60), day.minusDays(31));
            case DAYS_61_90 -> new AgingRange(day.minusDays(90), day.minusDays(61));
            case OVER_90 -> new AgingRange(null, day.minusDays(91));
        };
    }

    /** The bucket's short name in addresses, e.g. {@code 61-90}. */
    public static String slug(AgingBucket bucket) {
        return bucket.messageKey().substring("aging.".length());
    }

    public static AgingBucket fromSlug(String slug) {
        for (var bucket : AgingBucket.values()) {
            if (slug(bucket).equals(slug)) {
                return bucket;
            }
        }
        throw new IllegalArgumentException("No aging bucket " + slug);
    }
}
