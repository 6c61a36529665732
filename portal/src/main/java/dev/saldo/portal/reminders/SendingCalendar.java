package dev.saldo.portal.reminders;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The days a portfolio sends reminders on: Monday to Friday always, Saturday and Sunday as chosen, never on
 * the listed holidays. A reminder due on another day waits for the next sending day.
 *
 * @param saturdays Saturdays are sending days
 * @param sundays   Sundays are sending days
 * @param holidays  days nothing is sent, in date order, one per date
 */
public record SendingCalendar(boolean saturdays, boolean sundays, List<Holiday> holidays) {

    /** A day without reminders, with an optional name ("Fiestas Patrias") for people reading the list. */
    public record Holiday(LocalDate date, String name) {

        public Holiday {
            requireNonNull(date, "date");
            name = name == null ? "" : name.strip();
        }

        @Override
        public String toString() {
            return name.isEmpty() ? date.toString() : date + " " + name;
        }
    }

    /** A holiday list was refused: {@code line} (from 1) holds {@code value}, which is not a date. */
    public static final class InvalidHolidays extends RuntimeException {

        private final int line;
        private final String value;

        InvalidHolidays(int line, String value) {
            super("Line " + line + " is not a date: " + value);
            this.line = line;
            this.value = value;
        }

        public int line() {
            return line;
        }

        public String value() {
            return value;
        }
    }

    public SendingCalendar {
        var byDate = new LinkedHashMap<LocalDate, Holiday>();
        (holidays == null ? List.<Holiday>of() : holidays).forEach(h -> byDate.putIfAbsent(h.date(), h));
        holidays = byDate.values().stream().sorted(Comparator.comparing(Holiday::date)).toList();
    }

    /**
     * Saturdays yes, Sundays and holidays no: Latin American collection rules (Chile's consumer protection law
     * art. 37, Colombia's Ley 2300 de 2023, Peru's consumer code) keep collection off Sundays and public
     * holidays; Saturdays are allowed (within hours). No holidays until a supervisor lists them.
     */
    public static SendingCalendar defaults() {
        return new SendingCalendar(true, false, List.of());
    }

    public boolean sends(LocalDate day) {
        var weekday = day.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY && !saturdays || weekday == DayOfWeek.SUNDAY && !sundays) {
            return false;
        }
        return holidays.stream().noneMatch(h -> h.date().equals(day));
    }

    /** The first sending day after {@code day}; weekdays always send, so there always is one. */
    public LocalDate nextSendingDay(LocalDate day) {
        var next = day.plusDays(1);
        while (!sends(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The holidays as a supervisor types them: one per line, {@code YYYY-MM-DD} and an optional name. */
    public String holidayLines() {
        return holidays.stream().map(Holiday::toString).collect(Collectors.joining("\n"));
    }

    /**
     * Reads holidays typed one per line ({@code 2026-09-18 Fiestas Patrias}); blank lines are skipped, a date
     * given twice is kept once. Throws {@link InvalidHolidays} naming the first line that does not start with a
     * real date.
     */
    public static List<Holiday> parseHolidays(String text) {
        var holidays = new ArrayList<Holiday>();
        var lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            var parts = line.split("\\s+", 2);
            try {
                holidays.add(new Holiday(LocalDate.parse(parts[0]), parts.length > 1 ? parts[1] : ""));
            } catch (DateTimeParseException e) {
                throw new InvalidHolidays(i + 1, parts[0]);
            }
        }
        return holidays;
    }
}
