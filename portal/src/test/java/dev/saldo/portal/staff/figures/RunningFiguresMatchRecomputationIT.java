package dev.saldo.portal.staff.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.Allocation;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.invoice.InvoiceLine;
import dev.saldo.domain.invoice.LineType;
import dev.saldo.domain.money.Money;
import dev.saldo.portal.debtor.Debtor;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.debtor.DebtorKind;
import dev.saldo.portal.invoice.InvoiceAllocations;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.EmbeddedTestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Property: whatever happens — invoices registered (some already part paid), payments applied, days
 * passing with the aging roll, imports repeated — the running figures equal a recomputation from
 * every invoice. Each seed generates its own random sequence of events over the demo portfolio.
 */
@SpringBootTest
class RunningFiguresMatchRecomputationIT {

    private static final List<Currency> CURRENCIES = List.of("CLP", "EUR", "USD", "MXN").stream().map(Currency::getInstance).toList();

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "figures");
    }

    /** A clock the test moves forward, so that invoices age overnight. */
    static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-03-10T15:00:00Z");
        private final ZoneId zone = ZoneId.of("America/Santiago");

        void advanceDays(int days) {
            now = now.plus(Duration.ofDays(days));
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration
    static class Time {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    MovableClock clock;

    @Autowired
    InvoiceBook book;

    @Autowired
    InvoiceAllocations allocations;

    @Autowired
    DebtorDirectory debtors;

    @Autowired
    RunningFigures running;

    @Autowired
    FigureRebuild rebuild;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 6).map(i -> i * 7919);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void running_figures_equal_a_recomputation_after_any_sequence_of_events(long seed) {
        var random = new Random(seed);
        var debtor = debtors.register(new Debtor(null, "PROP-" + seed, "Prop " + seed, DebtorKind.PERSON, null, null, null,
                null, "CL", "es", null)).debtorId();
        rebuild.rebuild();
        var registered = new ArrayList<Invoice>();
        var history = new ArrayList<String>();
        for (int step = 0; step < 70; step++) {
            var today = LocalDate.now(clock);
            var roll = random.nextInt(100);
            if (roll < 40 || registered.isEmpty()) {
                var invoice = book.register(randomInvoice(random, debtor, today));
                registered.add(invoice);
                history.add("register " + invoice);
            } else if (roll < 75) {
                var target = registered.get(random.nextInt(registered.size()));
                var current = book.find(debtor, target.id()).orElseThrow();
                if (current.isPaid()) {
                    continue;
                }
                var open = current.openBalance();
                var amount = random.nextBoolean() ? open : Money.ofMinor(1 + random.nextLong(open.minorUnits()), open.currency());
                allocations.allocate(debtor, current.id(), "P-" + step, amount, today);
                history.add("pay " + amount + " on " + current.number());
            } else if (roll < 93) {
                var days = 1 + random.nextInt(random.nextBoolean() ? 3 : 40);
                clock.advanceDays(days);
                running.rollTo(LocalDate.now(clock));
                history.add("+" + days + " days");
                assertAgree(history);
            } else {
                var again = registered.get(random.nextInt(registered.size()));
                book.register(again);
                history.add("re-register " + again.number());
            }
        }
        assertAgree(history);
    }

    private void assertAgree(List<String> history) {
        var asOf = running.asOf().orElseThrow();
        assertThat(rebuild.running()).as(() -> "after " + String.join(", ", history))
                .isEqualTo(rebuild.recompute(asOf));
    }

    private static Invoice randomInvoice(Random random, DebtorId debtor, LocalDate today) {
        var currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
        var due = today.plusDays(40 - random.nextInt(200));
        var issued = due.minusDays(random.nextInt(45));
        var amount = Money.ofMinor(100 + random.nextInt(5_000_000), currency);
        var lines = new ArrayList<InvoiceLine>();
        lines.add(new InvoiceLine(LineType.CHARGE, "charge", amount, issued));
        if (random.nextInt(5) == 0) {
            lines.add(new InvoiceLine(LineType.FEE, "fee", amount.times(new BigDecimal("0.05")), due.plusDays(1)));
        }
        var allocations = new ArrayList<Allocation>();
        var paidShare = random.nextInt(4);
        if (paidShare > 0 && issued.isBefore(today)) {
            var paid = paidShare == 3 ? amount : Money.ofMinor(amount.minorUnits() * paidShare / 4, currency);
            if (paid.isPositive()) {
                allocations.add(Allocation.of("IMP-" + random.nextInt(1_000_000), paid, issued.plusDays(random.nextInt(
                        (int) Math.max(1, today.toEpochDay() - issued.toEpochDay())))));
            }
        }
        return Invoice.of(InvoiceId.of(UUID.randomUUID().toString()), debtor, "PROP-" + UUID.randomUUID(), issued, due,
                lines, allocations);
    }
}
