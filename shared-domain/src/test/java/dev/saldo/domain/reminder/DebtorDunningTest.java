package dev.saldo.domain.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DebtorDunningTest {

    private static final LocalDate DAY0 = LocalDate.of(2026, 3, 1);
    private final DunningSchedule schedule = DunningSchedule.defaults();

    /** What one debtor is sent when the planner looks on every day it asks to, from day 0 to {@code days}. */
    private TreeMap<LocalDate, DebtorDunning.Message> run(Map<String, LocalDate> dues, int days, Map<String, LocalDate> paidOn) {
        var last = new HashMap<String, Integer>();
        dues.keySet().forEach(id -> last.put(id, -1));
        var sent = new TreeMap<LocalDate, DebtorDunning.Message>();
        Optional<LocalDate> next = Optional.of(DAY0);
        while (next.isPresent() && !next.get().isAfter(DAY0.plusDays(days))) {
            var today = next.get();
            var open = dues.entrySet().stream()
                    .filter(e -> !paidOn.containsKey(e.getKey()) || paidOn.get(e.getKey()).isAfter(today))
                    .map(e -> new DebtorDunning.Open(e.getKey(), e.getValue(), last.get(e.getKey()))).toList();
            var decision = DebtorDunning.decide(schedule, open, today);
            decision.message().ifPresent(message -> sent.put(today, message));
            last.putAll(decision.lastPlanned());
            next = decision.nextDay();
            next.ifPresent(day -> assertThat(day).isAfter(today));
        }
        return sent;
    }

    @Test
    void one_invoice_gets_every_step_on_its_day() {
        var due = DAY0.plusDays(10);
        var sent = run(Map.of("A", due), 120, Map.of());
        assertThat(sent.keySet()).containsExactly(due.minusDays(3), due.plusDays(1), due.plusDays(7), due.plusDays(15),
                due.plusDays(30), due.plusDays(60));
        assertThat(sent.values()).extracting(DebtorDunning.Message::step).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(sent.get(due.plusDays(7)).daysOverdue()).isEqualTo(7);
    }

    @Test
    void several_invoices_get_one_series_led_by_the_oldest_each_message_listing_them_all() {
        var a = DAY0.plusDays(10);
        var b = DAY0.plusDays(15);
        var c = DAY0.plusDays(40);
        var sent = run(Map.of("A", a, "B", b, "C", c), 120, Map.of());

        // A's six steps, and after A's final notice, only B's and C's steps still to come.
        assertThat(sent.keySet()).startsWith(a.minusDays(3), a.plusDays(1), a.plusDays(7), a.plusDays(15), a.plusDays(30),
                a.plusDays(60));
        assertThat(sent.values()).extracting(DebtorDunning.Message::leadingInvoiceId).startsWith("A", "A", "A", "A", "A", "A");
        assertThat(sent.get(a.plusDays(7)).listed()).containsExactly("A", "B");
        assertThat(sent.get(a.plusDays(30)).listed()).containsExactly("A", "B", "C");
        // B's +60 falls after A's; C's +60 last. Nothing twice, never two messages a day.
        assertThat(sent).hasSize(8);
        assertThat(sent.lastEntry().getValue().leadingInvoiceId()).isEqualTo("C");
        assertThat(sent.lastEntry().getKey()).isEqualTo(c.plusDays(60));
    }

    @Test
    void a_newer_invoice_takes_the_lead_when_the_oldest_is_paid_from_its_own_next_step_without_repeating() {
        var a = DAY0.plusDays(5);
        var b = DAY0.plusDays(12);
        var sent = run(Map.of("A", a, "B", b), 120, Map.of("A", a.plusDays(9)));

        // A leads: −3 and +1 list A only, +7 lists B too, whose −3 has come by then.
        assertThat(sent.get(a.minusDays(3)).listed()).containsExactly("A");
        assertThat(sent.get(a.plusDays(1)).listed()).containsExactly("A");
        assertThat(sent.get(a.plusDays(7)).listed()).containsExactly("A", "B");
        // A is paid on its day +9. B's +1 came the day after A's +7 message, which told the debtor about B: not
        // sent. B leads from its own next step, +7.
        var afterPayment = sent.tailMap(a.plusDays(9)).entrySet().stream().toList();
        assertThat(afterPayment).first().satisfies(first -> {
            assertThat(first.getKey()).isEqualTo(b.plusDays(7));
            assertThat(first.getValue().leadingInvoiceId()).isEqualTo("B");
            assertThat(first.getValue().listed()).containsExactly("B");
        });
        assertThat(afterPayment).extracting(e -> e.getKey()).containsExactly(b.plusDays(7), b.plusDays(15), b.plusDays(30),
                b.plusDays(60));
    }

    @Test
    void paying_the_oldest_invoice_brings_no_catch_up_message_for_a_step_the_newer_one_passed_meanwhile() {
        var a = DAY0.plusDays(5);
        var b = DAY0.plusDays(8);
        // B's +7 (day 15) came while A led; A is paid on day 20. B's next message is its +15, on day 23.
        var sent = run(Map.of("A", a, "B", b), 40, Map.of("A", DAY0.plusDays(20)));
        assertThat(sent.keySet()).containsExactly(a.minusDays(3), a.plusDays(1), a.plusDays(7), b.plusDays(15), b.plusDays(30));
        assertThat(sent.get(b.plusDays(15)).step()).isEqualTo(3);
    }

    @Test
    void an_invoice_whose_first_step_has_not_come_is_neither_listed_nor_counted() {
        var decision = DebtorDunning.decide(schedule, List.of(new DebtorDunning.Open("OLD", DAY0.minusDays(1), 0),
                new DebtorDunning.Open("FAR", DAY0.plusDays(40), -1)), DAY0);
        assertThat(decision.message()).hasValueSatisfying(message -> assertThat(message.listed()).containsExactly("OLD"));
        assertThat(decision.lastPlanned()).containsEntry("OLD", 1).containsEntry("FAR", -1);
        assertThat(decision.nextDay()).contains(DAY0.minusDays(1).plusDays(7));
    }

    @Test
    void nothing_open_means_nothing_to_send_and_nothing_to_look_at() {
        var decision = DebtorDunning.decide(schedule, List.of(), DAY0);
        assertThat(decision.message()).isEmpty();
        assertThat(decision.nextDay()).isEmpty();
    }

    static IntStream seeds() {
        return IntStream.range(0, 40);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void for_any_portfolio_each_message_lists_everything_open_and_no_invoice_leads_the_same_step_twice(int seed) {
        var random = new Random(seed);
        var dues = new HashMap<String, LocalDate>();
        var paid = new HashMap<String, LocalDate>();
        for (int i = 0; i < 1 + random.nextInt(6); i++) {
            var due = DAY0.plusDays(random.nextInt(90) - 20);
            dues.put("I" + i, due);
            if (random.nextBoolean()) {
                paid.put("I" + i, due.plusDays(random.nextInt(80) - 5));
            }
        }
        var sent = run(dues, 200, paid);

        var leadSteps = new ArrayList<String>();
        sent.forEach((day, message) -> {
            leadSteps.add(message.leadingInvoiceId() + ":" + message.step());
            var stillOpen = dues.entrySet().stream()
                    .filter(e -> !paid.containsKey(e.getKey()) || paid.get(e.getKey()).isAfter(day))
                    .filter(e -> schedule.hasStarted(e.getValue(), day)).map(Map.Entry::getKey).toList();
            assertThat(message.listed()).containsExactlyInAnyOrderElementsOf(stillOpen);
            assertThat(message.listed()).contains(message.leadingInvoiceId());
        });
        assertThat(leadSteps).doesNotHaveDuplicates();
        // Never more messages than a single invoice's series, per invoice that ever leads.
        assertThat(sent.size()).isLessThanOrEqualTo(dues.size() * schedule.steps().size());
    }
}
