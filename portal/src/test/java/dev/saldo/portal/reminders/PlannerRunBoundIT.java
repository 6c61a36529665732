package dev.saldo.portal.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.invoice.InvoiceLine;
import dev.saldo.domain.invoice.LineType;
import dev.saldo.domain.money.Money;
import dev.saldo.portal.EmbeddedTestDatabase;
import dev.saldo.portal.debtor.Debtor;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.debtor.DebtorKind;
import dev.saldo.portal.invoice.InvoiceBook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A planner run that reaches its time bound (`saldo.reminders.plan-longest`) stops between batches and says
 * so; what it did not reach stays due and the next run plans it, each reminder once.
 */
@SpringBootTest
class PlannerRunBoundIT {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "planner-bound");
        registry.add("saldo.demo.enabled", () -> "false");
        registry.add("saldo.reminders.dispatch-interval-millis", () -> "3600000");
    }

    @TestConfiguration
    static class Setup {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(TODAY.atTime(9, 0));
        }
    }

    @Autowired DebtorDirectory debtors;
    @Autowired InvoiceBook invoices;
    @Autowired ReminderPlanner planner;
    @Autowired ReminderOutbox outbox;

    @Test
    void a_run_out_of_time_leaves_what_it_did_not_reach_for_the_next_run() {
        var late = List.of(debtor("BOUND-1"), debtor("BOUND-2"), debtor("BOUND-3"));

        var stopped = planner.runFor(TODAY, Duration.ZERO);
        assertThat(stopped).isEqualTo(new ReminderPlanner.Run(0, false));
        assertThat(late).allSatisfy(debtor -> assertThat(outbox.of(debtor)).isEmpty());

        var next = planner.runFor(TODAY, Duration.ofMinutes(5));
        assertThat(next).isEqualTo(new ReminderPlanner.Run(3, true));
        assertThat(late).allSatisfy(debtor -> assertThat(outbox.of(debtor)).hasSize(1));
        assertThat(planner.runFor(TODAY, Duration.ofMinutes(5))).isEqualTo(new ReminderPlanner.Run(0, true));
    }

    /** A debtor with one invoice ten days overdue: due for the +7 step today. */
    private DebtorId debtor(String externalId) {
        var debtor = debtors.register(new Debtor(null, externalId, "Deudor " + externalId, DebtorKind.PERSON, null,
                externalId.toLowerCase() + "@example.cl", null, null, "CL", "es", null)).debtorId();
        var due = TODAY.minusDays(10);
        invoices.register(Invoice.of(InvoiceId.of(debtor.value() + "-1"), debtor, "N-" + externalId, due.minusDays(30), due,
                List.of(InvoiceLine.of(LineType.CHARGE, "Servicio", Money.ofMinor(10_000, Currency.getInstance("CLP")),
                        due.minusDays(30))), List.of()));
        return debtor;
    }
}
