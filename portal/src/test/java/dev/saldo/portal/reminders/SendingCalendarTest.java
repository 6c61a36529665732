package dev.saldo.portal.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SendingCalendarTest {

    static final LocalDate FRIDAY = LocalDate.of(2026, 9, 18);

    @Test
    void by_default_saturdays_are_sending_days_and_sundays_are_not() {
        var calendar = SendingCalendar.defaults();

        assertThat(calendar.sends(FRIDAY)).isTrue();
        assertThat(calendar.sends(FRIDAY.plusDays(1))).as("Saturday").isTrue();
        assertThat(calendar.sends(FRIDAY.plusDays(2))).as("Sunday").isFalse();
        assertThat(calendar.nextSendingDay(FRIDAY.plusDays(1))).isEqualTo(FRIDAY.plusDays(3));
    }

    @Test
    void a_long_weekend_of_holidays_waits_for_the_first_working_day_after_it() {
        var calendar = new SendingCalendar(false, false, SendingCalendar.parseHolidays("""
                2026-09-18 Fiestas Patrias
                2026-09-21
                """));

        assertThat(calendar.sends(FRIDAY)).isFalse();
        assertThat(calendar.nextSendingDay(FRIDAY.minusDays(1))).isEqualTo(LocalDate.of(2026, 9, 22));
    }

    @Test
    void holidays_read_one_per_line_with_an_optional_name_and_a_date_given_twice_is_kept_once() {
        var holidays = SendingCalendar.parseHolidays("2026-12-25 Navidad\n\n  2026-09-18   Fiestas Patrias  \n2026-12-25\n");
        var calendar = new SendingCalendar(true, false, holidays);

        assertThat(calendar.holidays()).extracting(SendingCalendar.Holiday::date)
                .containsExactly(LocalDate.of(2026, 9, 18), LocalDate.of(2026, 12, 25));
        assertThat(calendar.holidayLines()).isEqualTo("2026-09-18 Fiestas Patrias\n2026-12-25 Navidad");
        assertThat(new SendingCalendar(true, false, SendingCalendar.parseHolidays(calendar.holidayLines())))
                .as("what the screen shows reads back the same").isEqualTo(calendar);
    }

    @ParameterizedTest(name = "\"{0}\" is refused at line {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-02-30 | 1 | 2026-02-30",
            "2026-09-18\\n18-09-2026 Fiestas | 2 | 18-09-2026",
            "2026-09-18\\n\\nmañana | 3 | mañana" })
    void a_line_that_is_not_a_real_date_is_refused_naming_the_line(String text, int line, String value) {
        assertThatThrownBy(() -> SendingCalendar.parseHolidays(text.replace("\\n", "\n")))
                .isInstanceOfSatisfying(SendingCalendar.InvalidHolidays.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.value()).isEqualTo(value);
                });
    }

    @Test
    void an_empty_list_means_no_holidays() {
        assertThat(SendingCalendar.parseHolidays("  \n ")).isEmpty();
        assertThat(new SendingCalendar(true, true, List.of()).sends(FRIDAY.plusDays(2))).isTrue();
    }
}
