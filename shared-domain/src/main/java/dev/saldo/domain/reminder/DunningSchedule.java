package dev.saldo.domain.reminder;

import dev.saldo.domain.contact.Channel;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A portfolio's dunning steps, in order of their offsets. Which step is due is decided from the days
 * since the due date and the last step already planned: the latest step whose day has come, never one
 * at or before the last (so a debtor back from a broken plan gets the step matching how late they are,
 * and the steps they missed meanwhile are not sent after the fact).
 */
public record DunningSchedule(List<DunningStep> steps) {

    public DunningSchedule {
        steps = steps.stream().sorted(Comparator.comparingInt(DunningStep::offsetDays)).toList();
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A schedule has at least one step");
        }
        if (steps.stream().map(DunningStep::offsetDays).distinct().count() != steps.size()) {
            throw new IllegalArgumentException("Two steps on the same day");
        }
    }

    /** −3, +1, +7, +15, +30, +60: friendly around the due date, firm from a week late, a final notice at two months. */
    public static DunningSchedule defaults() {
        var email = List.of(Channel.EMAIL, Channel.WHATSAPP, Channel.SMS);
        var phoneFirst = List.of(Channel.WHATSAPP, Channel.SMS, Channel.EMAIL);
        return new DunningSchedule(List.of(
                new DunningStep(-3, Tone.FRIENDLY, email),
                new DunningStep(1, Tone.FRIENDLY, email),
                new DunningStep(7, Tone.FIRM, phoneFirst),
                new DunningStep(15, Tone.FIRM, phoneFirst),
                new DunningStep(30, Tone.FIRM, email),
                new DunningStep(60, Tone.FINAL, email)));
    }

    /**
     * The index of the step to send today, if any: the latest step whose day has come, after {@code lastPlanned}
     * (−1 when none was planned yet).
     */
    public Optional<Integer> dueStep(LocalDate dueDate, LocalDate today, int lastPlanned) {
        var days = ChronoUnit.DAYS.between(dueDate, today);
        Integer due = null;
        for (int i = lastPlanned + 1; i < steps.size(); i++) {
            if (steps.get(i).offsetDays() <= days) {
                due = i;
            }
        }
        return Optional.ofNullable(due);
    }

    /** The day the step after {@code lastPlanned} comes, if there is one. */
    public Optional<LocalDate> nextDay(LocalDate dueDate, int lastPlanned) {
        var next = lastPlanned + 1;
        return next < steps.size() ? Optional.of(dueDate.plusDays(steps.get(next).offsetDays())) : Optional.empty();
    }

    /** The index of the last step on or before {@code offsetDays} (−1 when none, or when nothing was planned: null). */
    public int lastIndexAtOrBefore(Integer offsetDays) {
        var last = -1;
        for (int i = 0; offsetDays != null && i < steps.size(); i++) {
            if (steps.get(i).offsetDays() <= offsetDays) {
                last = i;
            }
        }
        return last;
    }

    /** Whether the first step's day has come for an invoice due on {@code dueDate}. */
    public boolean hasStarted(LocalDate dueDate, LocalDate today) {
        return !today.isBefore(dueDate.plusDays(steps.getFirst().offsetDays()));
    }

    /** Whether the step at {@code lastPlanned} is the last one. */
    public boolean isFinished(int lastPlanned) {
        return lastPlanned >= steps.size() - 1;
    }

    /** The index of the latest step whose day has come by {@code today}, −1 when none has. */
    public int lastIndexOnOrBefore(LocalDate dueDate, LocalDate today) {
        var days = ChronoUnit.DAYS.between(dueDate, today);
        return lastIndexAtOrBefore(Math.clamp(days, DunningStep.EARLIEST - 1, DunningStep.LATEST + 1));
    }

    /** The day of the first step after {@code lastPlanned} that comes after {@code today}, if there is one. */
    public Optional<LocalDate> nextDayAfter(LocalDate dueDate, LocalDate today, int lastPlanned) {
        for (int i = lastPlanned + 1; i < steps.size(); i++) {
            var day = dueDate.plusDays(steps.get(i).offsetDays());
            if (day.isAfter(today)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    public DunningStep step(int index) {
        return steps.get(index);
    }
}
