package dev.saldo.portal.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.saldo.domain.api.ContactDetails;
import dev.saldo.domain.contact.Channel;
import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.invoice.InvoiceLine;
import dev.saldo.domain.invoice.LineType;
import dev.saldo.domain.money.Money;
import dev.saldo.domain.reminder.Tone;
import dev.saldo.portal.EmbeddedTestDatabase;
import dev.saldo.portal.debtor.ContactBook;
import dev.saldo.portal.debtor.Debtor;
import dev.saldo.portal.debtor.DebtorDirectory;
import dev.saldo.portal.debtor.DebtorKind;
import dev.saldo.portal.invoice.InvoiceBook;
import dev.saldo.portal.messaging.MessageSender;
import dev.saldo.portal.messaging.OutboundMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Days without sending, with a clock the test moves: Sundays by default, a portfolio's holidays and, when a
 * supervisor says so, Saturdays. A reminder that falls on one waits for the start of the next sending day, like
 * quiet hours, without using up an attempt.
 */
@SpringBootTest
class SendingDaysIT {

    static final LocalDate SUNDAY = LocalDate.of(2026, 6, 7);
    static final List<String> SENT = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedTestDatabase.register(registry, "sending-days");
        registry.add("saldo.demo.enabled", () -> "false");
        registry.add("saldo.reminders.dispatch-interval-millis", () -> "3600000");
    }

    @TestConfiguration
    static class Setup {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(SUNDAY.atTime(9, 0));
        }

        /** E-mail that accepts everything and notes to whom it went, when (local time). */
        @Bean
        MessageSender email(MovableClock clock) {
            return new MessageSender() {
                @Override
                public Channel channel() {
                    return Channel.EMAIL;
                }

                @Override
                public String send(OutboundMessage message) {
                    SENT.add(message.to() + "@" + clock.local());
                    return null;
                }
            };
        }
    }

    @Autowired MovableClock clock;
    @Autowired DebtorDirectory debtors;
    @Autowired ContactBook contacts;
    @Autowired InvoiceBook invoices;
    @Autowired ReminderPlanner planner;
    @Autowired ReminderDispatcher dispatcher;
    @Autowired ReminderOutbox outbox;
    @Autowired DunningSchedules schedules;
    @Autowired SendingDays sendingDays;

    @Test
    void a_reminder_due_on_a_sunday_waits_for_monday_morning_without_using_an_attempt() {
        clock.set(SUNDAY.atTime(9, 0));
        var debtor = debtor("DAYS-SUNDAY", "domingo@example.cl", Currency.getInstance("CLP"));

        planner.runFor(SUNDAY);
        assertThat(dispatcher.dispatch()).isZero();

        var waiting = outbox.of(debtor).getFirst();
        assertThat(waiting.status()).isEqualTo(OutboxEntry.Status.PENDING);
        assertThat(waiting.attempts()).as("a day without sending is not a failed attempt").isZero();
        assertThat(waiting.notBefore()).isEqualTo(instant(SUNDAY.plusDays(1).atTime(8, 0)));

        clock.set(SUNDAY.atTime(22, 0));
        dispatcher.dispatch();
        clock.set(SUNDAY.plusDays(1).atTime(7, 59));
        dispatcher.dispatch();
        assertThat(sentTo("domingo@example.cl")).isEmpty();

        clock.set(SUNDAY.plusDays(1).atTime(8, 0));
        assertThat(dispatcher.dispatch()).isEqualTo(1);
        assertThat(sentTo("domingo@example.cl")).containsExactly("domingo@example.cl@" + SUNDAY.plusDays(1).atTime(8, 0));
    }

    @Test
    void with_saturdays_off_and_a_monday_holiday_a_saturday_reminder_goes_out_on_tuesday() {
        var usd = Currency.getInstance("USD");
        var saturday = SUNDAY.plusDays(6);
        schedules.save(usd, schedules.stepsFor(usd), new SendingCalendar(false, false,
                SendingCalendar.parseHolidays(saturday.plusDays(2) + " Feriado de prueba")), "diego");
        clock.set(saturday.atTime(11, 0));
        var debtor = debtor("DAYS-SATURDAY", "sabado@example.com", usd);

        planner.runFor(saturday);
        dispatcher.dispatch();
        for (var day = saturday; day.isBefore(saturday.plusDays(3)); day = day.plusDays(1)) {
            clock.set(day.atTime(12, 0));
            dispatcher.dispatch();
        }
        assertThat(sentTo("sabado@example.com")).isEmpty();
        assertThat(outbox.of(debtor).getFirst().notBefore()).isEqualTo(instant(saturday.plusDays(3).atTime(8, 0)));

        clock.set(saturday.plusDays(3).atTime(8, 0));
        dispatcher.dispatch();
        assertThat(sentTo("sabado@example.com")).containsExactly("sabado@example.com@" + saturday.plusDays(3).atTime(8, 0));
        assertThat(sendingDays.calendarFor(Currency.getInstance("CLP"))).as("another portfolio keeps the defaults")
                .isEqualTo(SendingCalendar.defaults());
    }

    @Test
    void an_entry_that_carries_its_portfolio_follows_that_portfolios_calendar() {
        var eur = Currency.getInstance("EUR");
        var wednesday = SUNDAY.plusDays(10);
        schedules.save(eur, schedules.stepsFor(eur), new SendingCalendar(true, false,
                SendingCalendar.parseHolidays(wednesday.toString())), "diego");
        clock.set(wednesday.atTime(9, 0));
        var debtor = debtor("DAYS-EUR", "portafolio@example.es", Currency.getInstance("CLP"));
        var now = clock.instant();
        outbox.add(new OutboxEntry("test:eur:" + debtor.value(), debtor.value(), "Deudor", ReminderKind.PROMISE, List.of(),
                Tone.FRIENDLY, wednesday, "es", "Asunto", "Texto", null, List.of(Channel.EMAIL), false, OutboxEntry.Status.PENDING,
                now, now, 0, null, null, null, null, null, null, List.of(), null, List.of(), "EUR"));

        dispatcher.dispatch();

        var entry = outbox.find("test:eur:" + debtor.value()).orElseThrow();
        assertThat(entry.status()).isEqualTo(OutboxEntry.Status.PENDING);
        assertThat(entry.notBefore()).isEqualTo(instant(wednesday.plusDays(1).atTime(8, 0)));
        assertThat(sentTo("portafolio@example.es")).isEmpty();
    }

    private List<String> sentTo(String address) {
        return SENT.stream().filter(s -> s.startsWith(address + "@")).toList();
    }

    private java.time.Instant instant(LocalDateTime local) {
        return local.atZone(clock.getZone()).toInstant();
    }

    private DebtorId debtor(String externalId, String email, Currency currency) {
        var debtor = debtors.register(new Debtor(null, externalId, "Deudor " + externalId, DebtorKind.PERSON, null, email,
                null, null, "CL", "es", null)).debtorId();
        contacts.update(debtor, new ContactDetails(List.of(new ContactDetails.Email(email, true)), List.of(), null,
                "EMAIL", "es", null, null, List.of(), null));
        var due = clock.local().toLocalDate().plusDays(2);
        invoices.register(Invoice.of(InvoiceId.of(debtor.value() + "-1"), debtor, "N-" + externalId, due.minusDays(30), due,
                List.of(InvoiceLine.of(LineType.CHARGE, "Servicio", Money.ofMinor(10_000, currency), due.minusDays(30))),
                List.of()));
        return debtor;
    }
}
