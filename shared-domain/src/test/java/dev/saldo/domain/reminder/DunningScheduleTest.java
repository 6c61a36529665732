package dev.saldo.domain.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saldo.domain.contact.Channel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DunningScheduleTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 10);
    private final DunningSchedule schedule = DunningSchedule.defaults();

    @Test
    void the_default_steps_are_three_days_before_and_one_seven_fifteen_thirty_and_sixty_days_after() {
        assertThat(schedule.steps()).extracting(DunningStep::offsetDays).containsExactly(-3, 1, 7, 15, 30, 60);
        assertThat(schedule.steps()).extracting(DunningStep::tone)
                .containsExactly(Tone.FRIENDLY, Tone.FRIENDLY, Tone.FIRM, Tone.FIRM, Tone.FIRM, Tone.FINAL);
    }

    @Test
    void nothing_is_due_before_the_first_step_and_the_first_step_is_due_on_its_day() {
        assertThat(schedule.dueStep(DUE, DUE.minusDays(4), -1)).isEmpty();
        assertThat(schedule.dueStep(DUE, DUE.minusDays(3), -1)).contains(0);
        assertThat(schedule.nextDay(DUE, -1)).contains(DUE.minusDays(3));
        assertThat(schedule.nextDay(DUE, 0)).contains(DUE.plusDays(1));
    }

    @Test
    void a_step_already_planned_is_never_due_again() {
        assertThat(schedule.dueStep(DUE, DUE.minusDays(2), 0)).isEmpty();
        assertThat(schedule.dueStep(DUE, DUE.plusDays(6), 1)).isEmpty();
        assertThat(schedule.dueStep(DUE, DUE.plusDays(400), 5)).isEmpty();
        assertThat(schedule.nextDay(DUE, 5)).isEmpty();
    }

    @Test
    void after_a_pause_only_the_step_matching_the_days_overdue_is_due_not_the_ones_missed() {
        // Planned up to +1, then in a plan until 40 days late: +30 is due, +7 and +15 are skipped.
        assertThat(schedule.dueStep(DUE, DUE.plusDays(40), 1)).contains(4);
        assertThat(schedule.nextDay(DUE, 4)).contains(DUE.plusDays(60));
    }

    @Test
    void the_last_planned_step_is_found_by_its_day_so_an_edited_schedule_does_not_repeat_it() {
        assertThat(schedule.lastIndexAtOrBefore(null)).isEqualTo(-1);
        assertThat(schedule.lastIndexAtOrBefore(7)).isEqualTo(2);
        assertThat(schedule.lastIndexAtOrBefore(10)).isEqualTo(2);
        assertThat(schedule.lastIndexAtOrBefore(-5)).isEqualTo(-1);
    }

    @Test
    void steps_are_kept_in_order_of_their_days_and_two_on_one_day_are_refused() {
        var email = List.of(Channel.EMAIL);
        var unordered = new DunningSchedule(List.of(new DunningStep(10, Tone.FIRM, email),
                new DunningStep(-1, Tone.FRIENDLY, email)));
        assertThat(unordered.steps()).extracting(DunningStep::offsetDays).containsExactly(-1, 10);
        assertThatThrownBy(() -> new DunningSchedule(List.of(new DunningStep(1, Tone.FIRM, email),
                new DunningStep(1, Tone.FINAL, email)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DunningStep(1, Tone.FIRM, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DunningStep(400, Tone.FIRM, email)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void installments_are_reminded_two_days_before_on_the_day_and_the_day_after() {
        var unpaid = List.of(new InstallmentReminders.Unpaid(1, DUE), new InstallmentReminders.Unpaid(2, DUE.plusMonths(1)));
        assertThat(InstallmentReminders.due(unpaid, DUE.minusDays(3), DUE.minusDays(2)))
                .containsExactly(new InstallmentReminders.Due(1, DUE, -2));
        assertThat(InstallmentReminders.due(unpaid, DUE.minusDays(2), DUE.minusDays(1))).isEmpty();
        assertThat(InstallmentReminders.due(unpaid, DUE.minusDays(1), DUE)).containsExactly(new InstallmentReminders.Due(1, DUE, 0));
        assertThat(InstallmentReminders.nextDay(unpaid, DUE)).isEqualTo(Optional.of(DUE.plusDays(1)));
        assertThat(InstallmentReminders.nextDay(unpaid, DUE.plusDays(1))).contains(DUE.plusMonths(1).minusDays(2));
    }

    @Test
    void reminders_missed_while_nobody_planned_collapse_into_the_latest_per_installment() {
        var unpaid = List.of(new InstallmentReminders.Unpaid(1, DUE));
        assertThat(InstallmentReminders.due(unpaid, DUE.minusDays(10), DUE.plusDays(5)))
                .containsExactly(new InstallmentReminders.Due(1, DUE, 1));
    }

    @Test
    void a_promise_is_reminded_the_day_before() {
        assertThat(InstallmentReminders.promiseReminderDay(DUE)).isEqualTo(DUE.minusDays(1));
    }
}
