package dev.saldo.portal.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.saldo.domain.contact.Channel;
import dev.saldo.domain.reminder.Tone;
import org.junit.jupiter.api.Test;

class ScheduleChangesTest {

    static final Map<String, ScheduleStep.Template> TEXTS = Map.of(
            "es", new ScheduleStep.Template("Asunto", "Hola [name] [link]"),
            "en", new ScheduleStep.Template("Subject", "Hello [name] [link]"));
    static final List<ScheduleStep> STEPS = List.of(
            new ScheduleStep(-3, Tone.FRIENDLY, List.of(Channel.EMAIL, Channel.SMS), TEXTS),
            new ScheduleStep(7, Tone.FIRM, List.of(Channel.WHATSAPP), TEXTS),
            new ScheduleStep(30, Tone.FINAL, List.of(Channel.EMAIL), TEXTS));
    static final SendingCalendar DAYS = new SendingCalendar(true, false,
            List.of(new SendingCalendar.Holiday(LocalDate.of(2026, 9, 18), "Fiestas Patrias")));

    @Test
    void saving_the_same_schedule_reads_as_no_changes() {
        assertThat(ScheduleChanges.between(STEPS, DAYS, STEPS, DAYS)).isEqualTo("no changes");
    }

    @Test
    void each_changed_step_names_its_day_and_what_changed_from_what_to_what() {
        var edited = new ArrayList<>(STEPS);
        edited.set(1, new ScheduleStep(7, Tone.FINAL, List.of(Channel.EMAIL, Channel.WHATSAPP), Map.of(
                "es", new ScheduleStep.Template("Otro asunto", "Hola [name] [link]"), "en", TEXTS.get("en"))));
        edited.remove(2);
        edited.add(new ScheduleStep(60, Tone.FINAL, List.of(Channel.EMAIL), TEXTS));

        assertThat(ScheduleChanges.between(STEPS, DAYS, edited, DAYS)).isEqualTo(
                "removed step +30d (FINAL; EMAIL); step +7d: tone FIRM → FINAL, channels WHATSAPP → EMAIL WHATSAPP, "
                        + "texts es edited; added step +60d (FINAL; EMAIL)");
    }

    @Test
    void sending_day_changes_list_the_holidays_added_and_removed_and_the_weekend_days() {
        var after = new SendingCalendar(false, false, List.of(
                new SendingCalendar.Holiday(LocalDate.of(2026, 9, 19), "Glorias del Ejército")));

        assertThat(ScheduleChanges.between(STEPS, DAYS, STEPS, after)).isEqualTo(
                "Saturdays are not sending days; holidays added: 2026-09-19 Glorias del Ejército; "
                        + "holidays removed: 2026-09-18 Fiestas Patrias");
    }

    @Test
    void the_schedule_before_a_change_is_described_whole() {
        assertThat(ScheduleChanges.describe(STEPS, DAYS)).isEqualTo("steps -3d (FRIENDLY; EMAIL SMS), "
                + "+7d (FIRM; WHATSAPP), +30d (FINAL; EMAIL); Saturdays yes, Sundays no, holidays 2026-09-18 Fiestas Patrias");
    }
}
