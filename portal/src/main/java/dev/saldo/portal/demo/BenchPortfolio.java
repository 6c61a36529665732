package dev.saldo.portal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.portal.debtor.Debtor;

/**
 * The benchmark's portfolio: the demo's people and businesses (same currencies and amounts), each
 * with invoices due from five months ago to six weeks ahead, so every aging bucket fills; about a
 * third paid, a tenth partly paid. Deterministic for a seed. Unlike the demo it has no behaviour
 * history: it is about volume.
 */
final class BenchPortfolio {

    /** Due dates run from this many days ago… */
    static final int OLDEST_DUE_DAYS = 155;
    /** …to this many days ahead. */
    static final int LATEST_DUE_DAYS = 45;

    private final DemoPortfolio people;
    private final Random random;
    private final LocalDate today;
    private final int invoicesPerDebtor;

    BenchPortfolio(long seed, LocalDate today, int invoicesPerDebtor) {
        this.people = new DemoPortfolio(seed, today);
        this.random = new Random(seed + 1);
        this.today = today;
        this.invoicesPerDebtor = Math.max(1, invoicesPerDebtor);
    }

    static String externalId(int index) {
        return "BENCH-%07d".formatted(index);
    }

    DemoPortfolio.Profile profile(int index) {
        return people.profile(index);
    }

    Debtor debtor(int index, DemoPortfolio.Profile profile) {
        return people.debtor(externalId(index), profile);
    }

    /** The invoices of one registered debtor: 1 to 2n−1 of them, n on average. */
    List<Invoice> invoices(DebtorId debtor, DemoPortfolio.Profile profile) {
        var count = 1 + random.nextInt(2 * invoicesPerDebtor - 1);
        var invoices = new ArrayList<Invoice>(count);
        var base = people.randomAmount(profile.currency());
        for (int i = 0; i < count; i++) {
            var due = today.plusDays(LATEST_DUE_DAYS - random.nextInt(OLDEST_DUE_DAYS + LATEST_DUE_DAYS + 1));
            var roll = random.nextInt(100);
            var paidShare = due.isAfter(today) ? (roll < 5 ? 1.0 : 0.0)
                    : roll < 32 ? 1.0 : roll < 42 ? 0.3 + random.nextInt(40) / 100.0 : 0.0;
            var amount = base.times(java.math.BigDecimal.valueOf(0.6 + random.nextInt(80) / 100.0));
            invoices.add(people.invoice(debtor, profile, due, amount, paidShare));
        }
        return invoices;
    }
}
