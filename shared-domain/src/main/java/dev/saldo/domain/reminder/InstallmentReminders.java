package dev.saldo.domain.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reminders for the installments of an active plan, instead of dunning: two days before each due date,
 * on the day and the day after. Only unpaid installments are reminded; of the reminders whose day passed
 * since the last planning, only the latest per installment goes out.
 */
public final class InstallmentReminders {

    public static final List<Integer> OFFSETS = List.of(-2, 0, 1);

    /** An installment still to pay. */
    public record Unpaid(int number, LocalDate dueDate) {
    }

    /** One reminder to send: which installment and which offset. */
    public record Due(int number, LocalDate dueDate, int offsetDays) {
    }

    private InstallmentReminders() {
    }

    /** Reminders whose day is in ({@code after}, {@code today}], the latest per installment. */
    public static List<Due> due(List<Unpaid> unpaid, LocalDate after, LocalDate today) {
        var due = new ArrayList<Due>();
        for (var installment : unpaid) {
            Due latest = null;
            for (var offset : OFFSETS) {
                var day = installment.dueDate().plusDays(offset);
                if (day.isAfter(after) && !day.isAfter(today)) {
                    latest = new Due(installment.number(), installment.dueDate(), offset);
                }
            }
            if (latest != null) {
                due.add(latest);
            }
        }
        return due;
    }

    /** The first reminder day after {@code today}, if any unpaid installment still has one. */
    public static Optional<LocalDate> nextDay(List<Unpaid> unpaid, LocalDate today) {
        return unpaid.stream().flatMap(i -> OFFSETS.stream().map(o -> i.dueDate().plusDays(o)))
                .filter(day -> day.isAfter(today)).min(LocalDate::compareTo);
    }

    /** A promise to pay is reminded once, the day before its date. */
    public static LocalDate promiseReminderDay(LocalDate promisedBy) {
        return promisedBy.minusDays(1);
    }
}
