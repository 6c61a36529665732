package dev.saldo.portal.staff.risk;

import static dev.saldo.portal.staff.risk.Histories.TODAY;
import static dev.saldo.portal.staff.risk.Histories.history;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class IgnoredRemindersTest {

    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

    @Test
    void reminders_after_the_last_payment_count_as_ignored_and_those_before_do_not() {
        var paidTenDaysAgo = history().invoice(40, 30).invoice(20, null).build();

        var count = IgnoredReminders.count(List.of(daysAgo(15), daysAgo(8), daysAgo(3), daysAgo(1)),
                paidTenDaysAgo.invoices(), paidTenDaysAgo.arrangements(), SANTIAGO);

        assertThat(count).isEqualTo(3);
    }

    @Test
    void a_promise_made_after_a_reminder_answers_it() {
        var promised = history().invoice(60, null).promise(5, true).build();

        var count = IgnoredReminders.count(List.of(daysAgo(30), daysAgo(20), daysAgo(2)), promised.invoices(),
                promised.arrangements(), SANTIAGO);

        assertThat(count).as("the promise was made 19 days ago").isEqualTo(1);
    }

    @Test
    void a_debtor_who_never_paid_nor_promised_ignored_every_reminder() {
        var silent = history().invoice(90, null).build();

        assertThat(IgnoredReminders.count(List.of(daysAgo(60), daysAgo(30)), silent.invoices(), silent.arrangements(),
                SANTIAGO)).isEqualTo(2);
        assertThat(IgnoredReminders.count(List.of(), silent.invoices(), silent.arrangements(), SANTIAGO)).isZero();
    }

    private static Instant daysAgo(int days) {
        return TODAY.minusDays(days).atTime(12, 0).atZone(SANTIAGO).toInstant();
    }
}
