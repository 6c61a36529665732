package dev.saldo.portal.reminders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.saldo.domain.contact.Channel;

/**
 * What a save changed in a portfolio's schedule and sending days, in a line a person reads in the audit log:
 * {@code step +7d: tone FIRM → FINAL; added step +90d (FINAL; EMAIL); holidays added: 2026-09-18 Fiestas Patrias}.
 */
final class ScheduleChanges {

    private ScheduleChanges() {
    }

    /** The whole schedule and calendar, compactly: what it was before a change. */
    static String describe(List<ScheduleStep> steps, SendingCalendar calendar) {
        var text = steps.stream().map(ScheduleChanges::step).collect(Collectors.joining(", "));
        return "steps " + text + "; " + days(calendar);
    }

    /** Every difference, or "no changes". */
    static String between(List<ScheduleStep> beforeSteps, SendingCalendar beforeDays, List<ScheduleStep> afterSteps,
            SendingCalendar afterDays) {
        var changes = new ArrayList<String>();
        Map<Integer, ScheduleStep> before = byDay(beforeSteps);
        Map<Integer, ScheduleStep> after = byDay(afterSteps);
        before.forEach((day, old) -> {
            if (!after.containsKey(day)) {
                changes.add("removed step " + step(old));
            }
        });
        after.forEach((day, now) -> {
            var old = before.get(day);
            if (old == null) {
                changes.add("added step " + step(now));
                return;
            }
            var diff = new ArrayList<String>();
            if (old.tone() != now.tone()) {
                diff.add("tone " + old.tone() + " → " + now.tone());
            }
            if (!old.channels().equals(now.channels())) {
                diff.add("channels " + channels(old.channels()) + " → " + channels(now.channels()));
            }
            var texts = ReminderTemplates.LANGUAGES.stream()
                    .filter(language -> !Objects.equals(old.templates().get(language), now.templates().get(language)))
                    .toList();
            if (!texts.isEmpty()) {
                diff.add("texts " + String.join("/", texts) + " edited");
            }
            if (!diff.isEmpty()) {
                changes.add("step " + offset(day) + ": " + String.join(", ", diff));
            }
        });
        if (beforeDays.saturdays() != afterDays.saturdays()) {
            changes.add("Saturdays " + sending(afterDays.saturdays()));
        }
        if (beforeDays.sundays() != afterDays.sundays()) {
            changes.add("Sundays " + sending(afterDays.sundays()));
        }
        var added = afterDays.holidays().stream().filter(h -> !beforeDays.holidays().contains(h)).toList();
        var removed = beforeDays.holidays().stream().filter(h -> !afterDays.holidays().contains(h)).toList();
        if (!added.isEmpty()) {
            changes.add("holidays added: " + added.stream().map(Object::toString).collect(Collectors.joining(", ")));
        }
        if (!removed.isEmpty()) {
            changes.add("holidays removed: " + removed.stream().map(Object::toString).collect(Collectors.joining(", ")));
        }
        return changes.isEmpty() ? "no changes" : String.join("; ", changes);
    }

    private static Map<Integer, ScheduleStep> byDay(List<ScheduleStep> steps) {
        return steps.stream().collect(Collectors.toMap(ScheduleStep::offsetDays, Function.identity(), (a, b) -> a,
                java.util.TreeMap::new));
    }

    private static String step(ScheduleStep step) {
        return offset(step.offsetDays()) + " (" + step.tone() + "; " + channels(step.channels()) + ")";
    }

    private static String offset(int days) {
        return (days > 0 ? "+" : "") + days + "d";
    }

    private static String channels(List<Channel> channels) {
        return channels.stream().map(Channel::name).collect(Collectors.joining(" "));
    }

    private static String sending(boolean sends) {
        return sends ? "are sending days" : "are not sending days";
    }

    private static String days(SendingCalendar calendar) {
        var holidays = calendar.holidays().isEmpty() ? "none"
                : calendar.holidays().stream().map(Object::toString).collect(Collectors.joining(", "));
        return "Saturdays " + (calendar.saturdays() ? "yes" : "no") + ", Sundays " + (calendar.sundays() ? "yes" : "no")
                + ", holidays " + holidays;
    }
}
